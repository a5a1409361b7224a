package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.reports.NovemberOffice;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/** {@code report ontime} and {@code report periodic} on the hand-computed autumn (played in 2020, a past year for the real clock). */
class ReportCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void office() {
        data = tmp.resolve("data");
        TestClock clock = new TestClock(LocalDateTime.of(2020, 10, 1, 8, 0));
        try (AppContext context = TestOffice.initialized(data, clock)) {
            NovemberOffice.build(context, clock, LocalDateTime.of(2020, 12, 10, 9, 0));
        }
    }

    @Test
    void onTimeJsonHasTheFiguresOfTheIssue() throws Exception {
        CliRun run = CliRun.in(data, "--json", "report", "ontime", "--from", "2020-11-01", "--to", "2020-11-30");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = JSON.readTree(run.out());
        assertThat(j.get("received").asLong()).isEqualTo(15);
        assertThat(j.get("carriedOver").asLong()).isEqualTo(2);
        assertThat(j.get("resolvedEarly").asLong()).isEqualTo(2);
        assertThat(j.get("resolvedOnTime").asLong()).isEqualTo(2);
        assertThat(j.get("resolvedLate").asLong()).isEqualTo(1);
        assertThat(j.get("openInTime").asLong()).isEqualTo(4);
        assertThat(j.get("openOverdue").asLong()).isEqualTo(2);
        assertThat(j.get("waitingSupplement").asLong()).isEqualTo(1);
        assertThat(j.get("withdrawn").asLong()).isEqualTo(1);
        assertThat(j.get("refused").asLong()).isEqualTo(2);
        assertThat(j.get("stopped").asLong()).isEqualTo(1);
        assertThat(j.get("onTimeRate").asDouble()).isEqualTo(0.7273);
    }

    @Test
    void byGroupsListsEachGroupAndTheTotal() throws Exception {
        CliRun run = CliRun.in(data, "--json", "report", "ontime", "--from", "2020-11-01", "--to", "2020-11-30", "--by", "unit");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = JSON.readTree(run.out());
        assertThat(j.get("groups")).hasSize(3);
        assertThat(j.get("groups").get(0).get("key").asText()).isEqualTo(NovemberOffice.POLICE);
        assertThat(j.get("groups").get(0).get("resolvedLate").asLong()).isEqualTo(1);
        assertThat(j.get("groups").get(2).get("key").isNull()).isTrue();
        assertThat(j.get("total").get("received").asLong()).isEqualTo(15);

        CliRun channels = CliRun.in(data, "report", "ontime", "--from", "2020-11-01", "--to", "2020-11-30", "--by", "channel");
        assertThat(channels.exit()).isZero();
        assertThat(channels.out()).contains("Trực tiếp: tiếp nhận 15 (kỳ trước chuyển qua 2, mới 13)")
                .contains("tỷ lệ đúng hạn 72.73%");
    }

    @Test
    void badInputIsOneSentenceAndExitOne() {
        CliRun order = CliRun.in(data, "report", "ontime", "--from", "2020-11-30", "--to", "2020-11-01");
        assertThat(order.exit()).isEqualTo(1);
        assertThat(order.err()).contains("Ngày đầu kỳ 2020-11-30 sau ngày cuối kỳ 2020-11-01");
        CliRun by = CliRun.in(data, "report", "ontime", "--from", "2020-11-01", "--to", "2020-11-30", "--by", "colour");
        assertThat(by.exit()).isEqualTo(1);
        assertThat(by.err()).contains("«colour»");
        CliRun period = CliRun.in(data, "report", "periodic", "--period", "2020-13", "--format", "pdf", "--out", tmp.resolve("x.pdf").toString());
        assertThat(period.exit()).isEqualTo(1);
        assertThat(period.err()).contains("«2020-13»");
        assertThat(CliRun.in(data, "report", "ontime", "--from", "2020-11-01").exit()).isEqualTo(2);
    }

    @Test
    void periodicWritesEachFormatWithTheJsonFigures() throws Exception {
        JsonNode q4 = JSON.readTree(CliRun.in(data, "--json", "report", "ontime", "--from", "2020-10-01", "--to", "2020-12-31").out());
        Path pdf = tmp.resolve("q4.pdf");
        CliRun run = CliRun.in(data, "--json", "report", "periodic", "--period", "2020-Q4", "--format", "pdf", "--out", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(JSON.readTree(run.out()).get("bytes").asLong()).isEqualTo(Files.size(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
            assertThat(text).contains("Kỳ báo cáo: Quý IV năm 2020")
                    .contains("Tổng cộng " + q4.get("received").asLong() + " " + q4.get("carriedOver").asLong() + " "
                            + q4.get("receivedNew").asLong() + " " + q4.get("resolved").asLong() + " " + q4.get("resolvedEarly").asLong());
        }
        Path csv = tmp.resolve("q4.csv");
        assertThat(CliRun.in(data, "report", "periodic", "--period", "2020-Q4", "--format", "csv", "--out", csv.toString()).exit()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(1 + q4.get("received").asInt());
        Path xlsx = tmp.resolve("q4.xlsx");
        CliRun x = CliRun.in(data, "report", "periodic", "--period", "2020-Q4", "--format", "xlsx", "--out", xlsx.toString());
        assertThat(x.exit()).isZero();
        assertThat(x.out()).contains("Quý IV năm 2020").contains(xlsx.toAbsolutePath().toString());
    }
}
