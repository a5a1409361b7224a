package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code calendar import|overlays}: validated, versioned overlays; a refused file changes nothing. */
class CalendarImportCliTest {
    static final String GOOD_2027 = """
            # Lịch nghỉ Tết Đinh Mùi (thử nghiệm)
            overlay 2027 version 2027.1
            2027-02-05..2027-02-10 tet Tết Nguyên đán Đinh Mùi
            2027-02-11 off Nghỉ Tết, hoán đổi với thứ Bảy 20/02/2027
            2027-02-20 work Làm bù cho thứ Năm 11/02/2027
            """;

    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("data"), args);
    }

    private String file(String name, String text) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, text);
        return f.toString();
    }

    private String snapshot() {
        return run("--json", "calendar", "days", "2026").out() + run("--json", "calendar", "days", "2027").out()
                + run("--json", "calendar", "overlays").out();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "bad date         | 2027-02-30 off Nghỉ           | dòng 3: \"2027-02-30\" không phải ngày hợp lệ (NĂM-THÁNG-NGÀY).",
        "duplicate        | 2027-02-11 off Nghỉ lần nữa   | dòng 3: ngày 2027-02-11 bị trùng (đã có ở dòng 2).",
        "weekday worked   | 2027-02-12 work Làm bù        | dòng 3: ngày 2027-02-12 vốn là ngày làm việc; ngày làm bù phải là thứ Bảy hoặc Chủ nhật.",
        "unknown action   | 2027-02-12 holiday Nghỉ       | dòng 3: không có loại \"holiday\"; hãy dùng off, work, tet hoặc national-day.",
        "wrong year       | 2026-12-31 off Nghỉ           | dòng 3: ngày 2026-12-31 không thuộc năm 2027 của tệp.",
        "Tết without mùng 1 | 2027-03-01..2027-03-03 tet Tết | dòng 3: các ngày Tết không gồm mùng 1 Tết năm 2027 (2027-02-06).",
        "holiday worked   | 2027-05-01 work Làm bù        | dòng 3: ngày 2027-05-01 là ngày lễ (Ngày Quốc tế Lao động (1/5)), không thể là ngày làm bù.",
        "header missing   | # only a comment              | dòng 4: the overlay is empty"})
    void aBadFileIsRefusedWithItsLineAndTheCalendarInForceIsUnchanged(String name, String badLine, String message)
            throws Exception {
        assertThat(run("calendar", "import", file("good.txt", GOOD_2027)).exit()).isZero();
        String before = snapshot();
        String header = badLine.startsWith("#") ? "# no header\n\n" : "overlay 2027 version 2027.2\n2027-02-11 off Nghỉ Tết\n";
        CliRun bad = run("calendar", "import", file("bad.txt", header + badLine + "\n"));
        assertThat(bad.exit()).as(bad.out()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().strip()).hasLineCount(1).startsWith("Tệp lịch nghỉ không hợp lệ, " + message)
                .endsWith("Lịch đang áp dụng không thay đổi.").doesNotContain("Exception");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aBadFileBeforeAnyImportLeavesTheShippedCalendar() throws Exception {
        String before = snapshot();
        CliRun bad = run("calendar", "import", file("bad.txt", "overlay 2026 version 2026.9\n2026-08-24 work Làm bù\n"));
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("dòng 2");
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aGoodImportFor2027ChangesTheDaysOf2027AndIsListed() throws Exception {
        String before2027 = run("--json", "calendar", "days", "2027").out();
        assertThat(before2027).doesNotContain("2027-02-20");

        CliRun dry = run("--json", "calendar", "import", "--dry-run", file("o.txt", GOOD_2027));
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(run("--json", "calendar", "days", "2027").out()).as("a dry run stores nothing").isEqualTo(before2027);

        CliRun imported = run("--json", "calendar", "import", file("o.txt", GOOD_2027));
        assertThat(imported.exit()).as(imported.err()).isZero();
        List<JsonNode> lines = CalendarCliTest.lines(imported);
        JsonNode summary = lines.get(lines.size() - 1);
        assertThat(summary.get("stored").asBoolean()).isTrue();
        assertThat(summary.get("changes").asInt()).isEqualTo(lines.size() - 1).isPositive();
        assertThat(summary.get("calendarVersion").asText()).contains("overlay 2027@2027.1");
        assertThat(lines.subList(0, lines.size() - 1)).anySatisfy(c -> {
            assertThat(c.get("date").asText()).isEqualTo("2027-02-20");
            assertThat(c.get("change").asText()).isEqualTo("added");
            assertThat(c.get("working").asBoolean()).isTrue();
        });
        assertThat(dry.out()).isEqualTo(imported.out().replace("\"dryRun\":false,\"stored\":true", "\"dryRun\":true,\"stored\":false")
                .replace("Đã nhập lịch nghỉ năm 2027 phiên bản 2027.1; 4 ngày thay đổi so với lịch trước đó.",
                        "Lịch nghỉ năm 2027 phiên bản 2027.1 hợp lệ; 4 ngày sẽ thay đổi. Chưa lưu gì (--dry-run)."));

        String after = run("--json", "calendar", "days", "2027").out();
        assertThat(after).contains("{\"date\":\"2027-02-20\",\"working\":true,\"reason\":\"Làm bù cho thứ Năm 11/02/2027\"");
        assertThat(run("--json", "calendar", "days", "2027").err()).isEmpty();
        // the deadline command uses the imported overlay too: Friday 19/2/2027 + 1 working day = Saturday 20/2
        assertThat(run("--json", "deadline", "--received", "2027-02-19T08:00", "--working-days", "1").out())
                .contains("\"due\":\"2027-02-20T08:00\"");

        List<JsonNode> overlays = CalendarCliTest.lines(run("--json", "calendar", "overlays"));
        assertThat(overlays).extracting(o -> o.get("year").asInt() + "@" + o.get("version").asText() + " "
                + o.get("origin").asText() + " " + o.get("inForce").asBoolean())
                .containsExactly("2026@2026.1 shipped true", "2027@2027.1 imported true");
    }

    @Test
    void reimportingTheSameTextIsANoOpEvenInAnotherNormalForm() throws Exception {
        assertThat(run("calendar", "import", file("o.txt", GOOD_2027)).exit()).isZero();
        String decomposed = Normalizer.normalize(GOOD_2027, Normalizer.Form.NFD).replace("\n", "\r\n");
        CliRun again = run("calendar", "import", file("nfd.txt", decomposed));
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out().strip()).isEqualTo(
                "Lịch nghỉ năm 2027 phiên bản 2027.1 đang được áp dụng với đúng nội dung này; không có gì thay đổi.");
        assertThat(CalendarCliTest.lines(run("--json", "calendar", "overlays"))).hasSize(2);

        CliRun shipped = run("--json", "calendar", "import", Path.of("../resources/calendar/overlay-2026.txt").toString());
        assertThat(shipped.exit()).as(shipped.err()).isZero();
        assertThat(CalendarCliTest.JSON.readTree(shipped.out()).get("unchanged").asBoolean()).isTrue();
    }

    @Test
    void aNewTextUnderAnExistingVersionIsRefused() throws Exception {
        assertThat(run("calendar", "import", file("o.txt", GOOD_2027)).exit()).isZero();
        CliRun same = run("calendar", "import", file("o2.txt", GOOD_2027.replace("Làm bù cho", "Đi làm bù cho")));
        assertThat(same.exit()).isEqualTo(1);
        assertThat(same.err()).contains("2027.1").contains("phiên bản mới");
    }

    @Test
    void aMissingOrNonUtf8FileIsRefusedByName() throws Exception {
        CliRun missing = run("calendar", "import", tmp.resolve("nope.txt").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("Không có tệp " + tmp.resolve("nope.txt") + ". Hãy kiểm tra đường dẫn.");
        Path latin1 = tmp.resolve("latin1.txt");
        Files.write(latin1, "overlay 2027 version 1\n2027-02-11 off Ngh\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun notUtf8 = run("calendar", "import", latin1.toString());
        assertThat(notUtf8.exit()).isEqualTo(1);
        assertThat(notUtf8.err()).contains("UTF-8");
    }
}
