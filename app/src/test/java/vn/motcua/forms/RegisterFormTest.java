package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.forms.PageChecks.oneLine;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Form 07 read back: landscape pages, every column, empty range, page numbers, rows kept whole, a busy year. */
class RegisterFormTest {
    private final RegisterForm form = new RegisterForm(FormFonts.shared());

    @Test
    void aLineCarriesEveryColumnOnALandscapePageAndNotYetLeavesACellBlank() throws IOException {
        RegisterData d = ProcessingSamples.register(5);
        byte[] pdf = form.render(d);
        String text = oneLine(PdfReadBack.text(pdf));

        assertThat(PageChecks.pageSizes(pdf)).allSatisfy(p -> {
            assertThat(p.getWidth()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(p.getHeight()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
        });
        assertThat(text).contains("UBND XÃ AN BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", RegisterForm.TITLE,
                "Từ ngày 01/01/2026 đến ngày 31/12/2026", "STT", "Mã hồ sơ", "Ký nhận", "Ghi chú");
        float[] x = PageChecks.columnEdges(RegisterForm.COLUMNS, 297);
        for (RegisterRow r : d.rows()) {
            List<String> cells = List.of(Integer.toString(r.no()), r.dossierCode(), r.procedureName(), VnFormat.twoDigits(r.sets()),
                    r.applicantName(), r.addressPhone(), r.handlingUnit(), time(r.receivedAt()), time(r.dueAt()),
                    time(r.sentToHandlerAt()), time(r.resultAt()), time(r.returnedAt()), "", r.note() == null ? "" : r.note());
            for (int c = 0; c < cells.size(); c++) {
                assertThat(PageChecks.column(pdf, 1, x[c], x[c + 1])).as("column %d of line %d", c, r.no())
                        .contains(cells.get(c).replace(" ", ""));
            }
        }
        // a line whose result is not back yet prints nothing in the later date columns
        RegisterRow open = d.rows().stream().filter(r -> r.resultAt() == null).findFirst().orElseThrow();
        RegisterRow closed = d.rows().stream().filter(r -> r.returnedAt() != null).findFirst().orElseThrow();
        String returned = PageChecks.column(pdf, 1, x[11], x[12]);
        assertThat(returned).contains(time(closed.returnedAt()).replace(" ", ""));
        assertThat(returned.replaceAll("[^/]", "").length()).as("only the returned lines have a date there")
                .isEqualTo(2 * (int) d.rows().stream().filter(r -> r.returnedAt() != null).count());
        assertThat(open.resultAt()).isNull();
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(PdfReadBack.fonts(pdf)).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        assertThat(PageChecks.glyphs(pdf)).allSatisfy(g -> assertThat(g.size()).isGreaterThanOrEqualTo(7));
        PageChecks.assertInsideMargins(pdf);
    }

    @Test
    void anEmptyRangePrintsTheTableWithTheNothingLine() throws IOException {
        byte[] pdf = form.render(new RegisterData(ProcessingSamples.header(), LocalDate.of(2026, 2, 14),
                LocalDate.of(2026, 2, 22), List.of()));
        String text = oneLine(PdfReadBack.text(pdf));

        assertThat(PdfReadBack.pages(pdf)).isEqualTo(1);
        assertThat(text).contains("Từ ngày 14/02/2026 đến ngày 22/02/2026", "STT", "Mã hồ sơ", "Ghi chú", RegisterForm.EMPTY);
        List<PageChecks.Glyph> glyphs = PageChecks.glyphs(pdf);
        float header = ApologyAndStopNoticeTest.lineOf(glyphs, "Mã hồ sơ").get(0).y();
        float empty = ApologyAndStopNoticeTest.lineOf(glyphs, RegisterForm.EMPTY).get(0).y();
        assertThat(empty).as("under the header row").isGreaterThan(header);
        PageChecks.assertInsideMargins(pdf);
    }

    @Test
    void manyLinesRunOntoPagesNumberedTrangXOfYWithTheHeaderOnEachAndNoLineSplit() throws IOException {
        RegisterData d = ProcessingSamples.register(120);
        byte[] pdf = form.render(d);

        int pages = PdfReadBack.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(5);
        List<String> texts = PageChecks.pageTexts(pdf);
        for (int p = 1; p <= pages; p++) {
            assertThat(PageChecks.topMargin(pdf, p)).isEqualTo("Trang " + p + "/" + pages);
            assertThat(texts.get(p - 1)).contains("Mã hồ sơ", "Tên người nộp", "Ký nhận");
        }
        assertWholeLinesInOrder(pdf, d.rows(), pages);
        PageChecks.assertInsideMargins(pdf);
    }

    @Test
    void aBusyYearOf2000LinesRendersWithTheFontsEmbeddedOnceAndEveryLineOnItsPage() throws IOException {
        RegisterData d = ProcessingSamples.register(2000);

        long started = System.nanoTime();
        byte[] pdf = form.render(d);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(millis).as("render time in ms on a shared machine").isLessThan(30_000);
        int pages = PdfReadBack.pages(pdf);
        assertThat(PageChecks.topMargin(pdf, pages)).isEqualTo("Trang " + pages + "/" + pages);
        assertThat(distinctFontObjects(pdf)).as("one embedded subset per face for the whole register").isEqualTo(3);
        assertWholeLinesInOrder(pdf, d.rows(), pages);
        assertThat(pdf.length / pages).as("bytes per page stay small").isLessThan(40_000);
    }

    /** Each line's number, code and phone are on one page, and pages follow the lines' order. */
    private static void assertWholeLinesInOrder(byte[] pdf, List<RegisterRow> rows, int pages) throws IOException {
        float[] x = PageChecks.columnEdges(RegisterForm.COLUMNS, 297);
        List<String> codes = PageChecks.columnByPage(pdf, x[1], x[2]);
        List<String> addresses = PageChecks.columnByPage(pdf, x[5], x[6]);
        int page = 0;
        for (RegisterRow r : rows) {
            while (page < pages && !codes.get(page).contains(r.dossierCode())) {
                page++;
            }
            assertThat(page).as("line %d printed after the line before it", r.no()).isLessThan(pages);
            assertThat(addresses.get(page)).as("line %d whole on page %d", r.no(), page + 1)
                    .contains(r.addressPhone().replace(" ", ""));
        }
    }

    private static int distinctFontObjects(byte[] pdf) throws IOException {
        Set<Object> fonts = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name).getCOSObject());
                }
            }
        }
        return fonts.size();
    }

    private static String time(java.time.LocalDateTime t) {
        return t == null ? "" : VnFormat.dayAndClock(t);
    }
}
