package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.NovemberOffice.NOVEMBER;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/** The periodic report's three exports read back and compared with the on-time figures of the same period. */
class PeriodicReportTest {
    @TempDir
    Path dir;
    AppContext context;
    TestClock clock;
    OnTimeTable byProcedure;
    OnTimeTable byField;

    @BeforeEach
    void open() {
        clock = new TestClock(LocalDateTime.of(2026, 10, 1, 8, 0));
        context = TestOffice.initialized(dir, clock);
        NovemberOffice.build(context, clock);
        byProcedure = context.database().sessionFactory().fromTransaction(s -> context.onTimeReport().figures(s, NOVEMBER, Breakdown.PROCEDURE));
        byField = context.database().sessionFactory().fromTransaction(s -> context.onTimeReport().figures(s, NOVEMBER, Breakdown.FIELD));
    }

    @AfterEach
    void close() {
        context.close();
    }

    /** The printed cells of a line: the 14 counts then the rate. */
    private static List<String> printed(OnTimeFigures f) {
        List<String> cells = new ArrayList<>();
        PeriodicTable.COLUMNS.forEach(c -> cells.add(Long.toString(f.get(c))));
        cells.add(PeriodicTable.percent(f));
        return cells;
    }

    @Test
    void theTableHasAFieldLineWithItsProceduresAndTheTotal() {
        PeriodicTable t = context.periodicReport().table(NOVEMBER);
        assertThat(t.lines()).extracting(PeriodicTable.Line::number).containsExactly("1", "1.1", "2", "2.1", "");
        assertThat(t.lines().get(0).label()).isEqualTo("Cư trú");
        assertThat(t.lines().get(1).label()).endsWith("(1.004222)");
        assertThat(t.lines().get(0).figures()).isEqualTo(byField.groups().get(0).figures());
        assertThat(t.lines().get(3).figures()).isEqualTo(byProcedure.groups().get(0).figures());
        assertThat(t.total()).isEqualTo(byProcedure.total());
        assertThat(PeriodicTable.percent(t.total())).isEqualTo("72,73");
    }

    @Test
    void thePdfPrintsTheSameNumbersWithLiberationSerifEmbedded() throws Exception {
        byte[] pdf = context.periodicReport().pdf(NOVEMBER);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("[ \\t]+", " ");
            assertThat(text).contains("BÁO CÁO KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH")
                    .contains("Kỳ báo cáo: Tháng 11 năm 2026 (từ ngày 01/11/2026 đến ngày 30/11/2026)")
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            assertThat(text).contains("Tổng cộng " + String.join(" ", printed(byProcedure.total())));
            assertThat(text).contains("Cư trú " + String.join(" ", printed(byField.groups().get(0).figures())));
            assertThat(text).contains("Hộ tịch " + String.join(" ", printed(byField.groups().get(1).figures())));
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSerif");
                }
            }
        }
    }

    @Test
    void theSpreadsheetHoldsTheNumbersAsNumbers() throws Exception {
        byte[] xlsx = context.periodicReport().xlsx(NOVEMBER);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            Row header = rows.stream().filter(r -> r.getRowNum() == PeriodicXlsx.HEADER_ROW + 1).findFirst().orElseThrow();
            assertThat(header.getCellText(1)).isEqualTo(PeriodicTable.HEADERS.get(0));
            Row total = rows.stream().filter(r -> "Tổng cộng".equals(r.getCellText(1))).findFirst().orElseThrow();
            OnTimeFigures f = byProcedure.total();
            for (int i = 0; i < PeriodicTable.COLUMNS.size(); i++) {
                Figure column = PeriodicTable.COLUMNS.get(i);
                assertThat(total.getCellAsNumber(i + 2).orElseThrow().longValueExact()).as(column.name()).isEqualTo(f.get(column));
            }
            assertThat(total.getCellAsNumber(PeriodicTable.COLUMNS.size() + 2).orElseThrow().doubleValue()).isEqualTo(f.onTimeRate());
            Row residence = rows.stream().filter(r -> r.getCellText(1).endsWith("(1.004222)")).findFirst().orElseThrow();
            assertThat(residence.getCellAsNumber(2).orElseThrow().longValueExact())
                    .isEqualTo(byProcedure.groups().get(1).figures().received());
        }
    }

    @Test
    void theCsvHasOneRowPerDossierWhoseClassesAddUpToTheFigures() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        context.periodicReport().csv(NOVEMBER, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<List<String>> rows = Rfc4180.parse(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8));
        assertThat(rows.get(0)).isEqualTo(PeriodicCsv.HEADER);
        List<List<String>> dossiers = rows.subList(1, rows.size());
        OnTimeFigures f = byProcedure.total();
        assertThat(dossiers).hasSize((int) f.received());
        Map<String, Long> byClass = new HashMap<>();
        dossiers.forEach(r -> byClass.merge(r.get(11), 1L, Long::sum));
        assertThat(byClass.getOrDefault("resolvedEarly", 0L)).isEqualTo(f.resolvedEarly());
        assertThat(byClass.getOrDefault("resolvedOnTime", 0L)).isEqualTo(f.resolvedOnTime());
        assertThat(byClass.getOrDefault("resolvedLate", 0L)).isEqualTo(f.resolvedLate());
        assertThat(byClass.getOrDefault("openInTime", 0L) + byClass.getOrDefault("waitingSupplement", 0L)).isEqualTo(f.openInTime());
        assertThat(byClass.getOrDefault("waitingSupplement", 0L)).isEqualTo(f.waitingSupplement());
        assertThat(byClass.getOrDefault("openOverdue", 0L)).isEqualTo(f.openOverdue());
        assertThat(byClass.getOrDefault("withdrawn", 0L)).isEqualTo(f.withdrawn());
        assertThat(byClass.getOrDefault("stopped", 0L)).isEqualTo(f.stopped());
        assertThat(byClass.getOrDefault("refused", 0L)).isEqualTo(f.refused());
        assertThat(dossiers.stream().filter(r -> r.get(10).equals("carriedOver")).count()).isEqualTo(f.carriedOver());
        assertThat(dossiers).allSatisfy(r -> assertThat(r).hasSize(PeriodicCsv.HEADER.size()));
        assertThat(dossiers.get(0).get(3)).isEqualTo("Cư trú");
    }

    @Test
    void csvFieldsWithCommasQuotesAndLineBreaksAreQuoted() throws Exception {
        StringWriter w = new StringWriter();
        PeriodicCsv.line(w, List.of("a,b", "say \"hi\"", "two\nlines", "plain"));
        assertThat(w.toString()).isEqualTo("\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",plain\r\n");
        assertThat(Rfc4180.parse(w.toString())).containsExactly(List.of("a,b", "say \"hi\"", "two\nlines", "plain"));
    }
}
