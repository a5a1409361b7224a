package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code calendar to-lunar|to-solar|days}: JSON lines, exit codes, and no office database needed. */
class CalendarCliTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("data"), args);
    }

    static List<JsonNode> lines(CliRun run) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void toLunarPrintsOneObjectPerDate() throws Exception {
        CliRun run = run("--json", "calendar", "to-lunar", "2007-02-17", "2020-05-23");
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> lines = lines(run);
        assertThat(lines.get(0).toString()).isEqualTo("{\"solar\":\"2007-02-17\",\"day\":1,\"month\":1,\"year\":2007,\"leap\":false}");
        assertThat(lines.get(1).toString()).isEqualTo("{\"solar\":\"2020-05-23\",\"day\":1,\"month\":4,\"year\":2020,\"leap\":true}");
        assertThat(tmp.resolve("data/db/motcua.mv.db")).as("no office database for a conversion").doesNotExist();
    }

    @Test
    void toLunarHumanOutputIsASentence() {
        CliRun run = run("calendar", "to-lunar", "2007-02-17");
        assertThat(run.out().strip()).isEqualTo("Ngày 17/02/2007 dương lịch là ngày 1/1/2007 âm lịch.");
    }

    @Test
    void toLunarRefusesABadOrOutOfRangeDateNamingItAndPrintsNothing() {
        CliRun bad = run("--json", "calendar", "to-lunar", "2007-02-17", "2007-02-30");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.out()).isEmpty();
        assertThat(bad.err().strip()).contains("2007-02-30").doesNotContain("Exception").hasLineCount(1);

        CliRun far = run("calendar", "to-lunar", "2200-01-01");
        assertThat(far.exit()).isEqualTo(1);
        assertThat(far.err()).contains("2200-01-01").contains("1900");
        assertThat(run("calendar", "to-lunar", "1899-12-31").exit()).isEqualTo(1);
        assertThat(run("calendar", "to-lunar").exit()).as("a date is required").isEqualTo(2);
    }

    @Test
    void toSolarFindsTetAndLeapMonths() throws Exception {
        CliRun tet = run("--json", "calendar", "to-solar", "--day", "1", "--month", "1", "--year", "2007");
        assertThat(tet.exit()).as(tet.err()).isZero();
        assertThat(tet.out().strip()).isEqualTo("{\"solar\":\"2007-02-17\"}");
        CliRun leap = run("--json", "calendar", "to-solar", "--day", "1", "--month", "4", "--year", "2020", "--leap");
        assertThat(JSON.readTree(leap.out()).get("solar").asText()).isEqualTo("2020-05-23");
    }

    @Test
    void toSolarRefusesANonexistentLunarDateWithOneSentence() {
        CliRun otherLeap = run("calendar", "to-solar", "--day", "1", "--month", "5", "--year", "2020", "--leap");
        assertThat(otherLeap.exit()).isEqualTo(1);
        assertThat(otherLeap.out()).isEmpty();
        assertThat(otherLeap.err().strip()).hasLineCount(1)
                .isEqualTo("Năm âm lịch 2020 nhuận tháng 4, không phải tháng 5, nên không có ngày 1/5 nhuận/2020 âm lịch.");

        CliRun noLeap = run("calendar", "to-solar", "--day", "1", "--month", "5", "--year", "2021", "--leap");
        assertThat(noLeap.exit()).isEqualTo(1);
        assertThat(noLeap.err()).contains("2021 không có tháng nhuận");

        // lunar month 12 of 2026 (Bính Ngọ) has 29 days
        CliRun shortMonth = run("calendar", "to-solar", "--day", "30", "--month", "12", "--year", "2026");
        assertThat(shortMonth.exit()).isEqualTo(1);
        assertThat(shortMonth.err()).contains("chỉ có 29 ngày");

        assertThat(run("calendar", "to-solar", "--day", "31", "--month", "1", "--year", "2026").exit()).isEqualTo(1);
        assertThat(run("calendar", "to-solar", "--day", "1", "--month", "1", "--year", "2300").exit()).isEqualTo(1);
        assertThat(run("calendar", "to-solar", "--day", "1", "--month", "1").exit()).as("--year is required").isEqualTo(2);
    }

    @Test
    void days2026ListsTetTheSwappedSaturdayAndNationalDay() throws Exception {
        CliRun run = run("--json", "calendar", "days", "2026");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).as("2026 has an announced overlay").isEmpty();
        List<String> off = new ArrayList<>();
        List<String> worked = new ArrayList<>();
        for (JsonNode day : lines(run)) {
            assertThat(day.get("reason").asText()).isNotBlank();
            (day.get("working").asBoolean() ? worked : off).add(day.get("date").asText());
        }
        assertThat(off).contains("2026-02-16", "2026-02-17", "2026-02-20", "2026-08-31", "2026-09-01", "2026-09-02",
                "2026-01-02", "2026-04-27");
        assertThat(worked).containsExactly("2026-01-10", "2026-08-22");
        assertThat(off).doesNotContain("2026-02-23");
        assertThat(tmp.resolve("data/db/motcua.mv.db")).doesNotExist();
    }

    @Test
    void daysHumanOutputIsATableUnderTheYearNote() {
        CliRun run = run("calendar", "days", "2026");
        assertThat(run.out()).startsWith("Áp dụng lịch nghỉ công bố năm 2026 (phiên bản 2026.1).")
                .containsPattern("22/08/2026 +thứ Bảy +làm việc +Làm bù cho thứ Hai 31/08/2026")
                .containsPattern("31/08/2026 +thứ Hai +nghỉ");
    }

    @Test
    void aYearWithoutOverlayIsComputedFromTheRulesAndSaysSo() throws Exception {
        CliRun json = run("--json", "calendar", "days", "2031");
        assertThat(json.exit()).isZero();
        assertThat(lines(json)).allSatisfy(day -> assertThat(day.has("date")).isTrue());
        assertThat(json.err()).contains("Không có lịch nghỉ công bố cho năm 2031");
        assertThat(run("calendar", "days", "2031").out()).startsWith("Không có lịch nghỉ công bố cho năm 2031");
    }

    @Test
    void daysRefusesAYearOutsideTheRangeAndANonNumber() {
        CliRun far = run("calendar", "days", "2200");
        assertThat(far.exit()).isEqualTo(1);
        assertThat(far.err().strip()).isEqualTo("Năm 2200 nằm ngoài khoảng lịch hỗ trợ (1900–2199).");
        assertThat(run("calendar", "days", "năm-nay").exit()).isEqualTo(2);
    }
}
