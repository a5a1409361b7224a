package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.forms.PageChecks.oneLine;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.Verdict;

/** Form 06 read back: head lines, one row per hand-over, X-marked verdicts, pages and repeated header. */
class ControlSheetFormTest {
    private final ControlSheetForm form = new ControlSheetForm(FormFonts.shared());

    @Test
    void everyHeadLineAndEveryHandOverIsPrinted() throws IOException {
        ControlSheetData d = ProcessingSamples.controlSheet(ProcessingSamples.handOvers());
        byte[] pdf = form.render(d);
        String text = oneLine(PdfReadBack.text(pdf));

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ControlSheetForm.TITLE, "Mã hồ sơ: " + d.dossierCode(),
                "Chủ hồ sơ: Trần Gia Khánh", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
                "Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 23/11/2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 26/11/2026",
                "Cơ quan, đơn vị giải quyết hồ sơ: Công chức Tư pháp - Hộ tịch",
                "Cơ quan, đơn vị phối hợp giải quyết: Trạm Y tế xã An Bình", "Ghi chú", "Trước", "Đúng", "Quá");
        float[] x = PageChecks.columnEdges(ControlSheetForm.COLUMNS, 210);
        String who = PageChecks.column(pdf, 1, x[1], x[2]);
        String handed = PageChecks.column(pdf, 1, x[2], x[3]);
        String stepDue = PageChecks.column(pdf, 1, x[3], x[4]);
        for (ControlSheetRow r : d.rows()) {
            assertThat(who).contains(("Giao:" + r.giver() + "Nhận:" + r.receiver()).replace(" ", ""));
            assertThat(handed).contains(VnFormat.dayAndClock(r.handedAt()).replace(" ", ""));
            assertThat(stepDue).contains(VnFormat.dayAndClock(r.stepDue()).replace(" ", ""));
        }
        assertThat(PageChecks.column(pdf, 1, x[7], x[8])).contains("Trìnhkýtríchlục", "Đóngdấu,vàosổ");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(PdfReadBack.fonts(pdf)).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        assertThat(PdfReadBack.pages(pdf)).isEqualTo(1);
        assertThat(PageChecks.topMargin(pdf, 1)).as("a one-page sheet carries no page number").isEmpty();
        PageChecks.assertInsideMargins(pdf);
    }

    @Test
    void eachVerdictIsAnXUnderItsOwnColumnAndAnOpenStepHasNone() throws IOException {
        ControlSheetData d = ProcessingSamples.controlSheet(ProcessingSamples.handOvers());
        List<PageChecks.Glyph> glyphs = PageChecks.glyphs(form.render(d));

        List<Verdict> marked = markedVerdicts(glyphs, 1, d.rows().size());

        assertThat(marked).containsExactly(Verdict.EARLY, Verdict.ON_TIME, Verdict.LATE, null);
    }

    @Test
    void thirtyHandOversRunOntoNumberedPagesWithTheHeaderRepeatedAndNoRowSplit() throws IOException {
        List<ControlSheetRow> rows = ProcessingSamples.manyHandOvers(30);
        byte[] pdf = form.render(ProcessingSamples.controlSheet(rows));

        int pages = PdfReadBack.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        List<String> texts = PageChecks.pageTexts(pdf);
        for (int p = 1; p <= pages; p++) {
            assertThat(PageChecks.topMargin(pdf, p)).isEqualTo("Trang " + p + "/" + pages);
            assertThat(texts.get(p - 1)).contains("Bên giao", "Thời gian", "Ghi chú", "(ký)");
        }
        int lastPage = 0;
        for (int i = 1; i <= rows.size(); i++) {
            int page = onePageHolding(texts, "giao số " + i + " ", "nhận số " + i + " ", "bước " + i + " ");
            assertThat(page).as("rows in order").isGreaterThanOrEqualTo(lastPage);
            lastPage = page;
        }
        List<PageChecks.Glyph> glyphs = PageChecks.glyphs(pdf);
        List<Verdict> expected = new ArrayList<>();
        for (ControlSheetRow r : rows) {
            expected.add(r.verdict());
        }
        List<Verdict> marked = new ArrayList<>();
        int first = 1;
        for (int p = 1; p <= pages; p++) {
            int count = rowsOn(glyphs, p);
            marked.addAll(markedVerdicts(glyphs, p, count));
            first += count;
        }
        assertThat(first - 1).isEqualTo(rows.size());
        assertThat(marked).isEqualTo(expected);
        PageChecks.assertInsideMargins(pdf);
    }

    @Test
    void aNoteLongerThanAPageWrapsInItsCellAndContinuesWithNothingLost() throws IOException {
        String note = "Chờ kết quả xác minh của Công an xã về nơi cư trú của người được khai sinh. ".repeat(50).strip();
        List<ControlSheetRow> rows = new ArrayList<>(ProcessingSamples.handOvers());
        rows.add(1, new ControlSheetRow("Công chức Tư pháp - Hộ tịch", "Công an xã", ProcessingSamples.RECEIVED.plusDays(1),
                ProcessingSamples.RECEIVED.plusDays(2), Verdict.LATE, note));
        byte[] pdf = form.render(ProcessingSamples.controlSheet(rows));

        assertThat(PdfReadBack.pages(pdf)).isGreaterThanOrEqualTo(2);
        float[] x = PageChecks.columnEdges(ControlSheetForm.COLUMNS, 210);
        StringBuilder notes = new StringBuilder();
        for (int p = 1; p <= PdfReadBack.pages(pdf); p++) {
            String column = PageChecks.column(pdf, p, x[7], x[8]);
            notes.append(column.substring(column.indexOf("Ghichú") + "Ghichú".length())); // below the repeated header
        }
        assertThat(notes.toString()).as("the whole note, in order, inside its column").contains(note.replace(" ", ""));
        PageChecks.assertInsideMargins(pdf);
        // "ờ" of "Chờ": in the rows (regular 10 pt) it is printed only in the note
        assertThat(PageChecks.glyphs(pdf)).filteredOn(g -> g.text().equals("ờ") && g.size() == 10 && g.font().endsWith("Serif"))
                .hasSizeGreaterThanOrEqualTo(50).allSatisfy(g -> assertThat(g.right()).isBetween(x[7], x[8]));
    }

    private static int onePageHolding(List<String> texts, String... parts) {
        int found = -1;
        for (int p = 0; p < texts.size(); p++) {
            if (texts.get(p).contains(parts[0])) {
                assertThat(found).as("printed once: " + parts[0]).isEqualTo(-1);
                found = p;
            }
        }
        assertThat(found).as("printed: " + parts[0]).isNotNegative();
        for (String part : parts) {
            assertThat(texts.get(found)).as("same page as " + parts[0]).contains(part);
        }
        return found;
    }

    /** Rows on a page: the STT numbers printed left of the first column's right edge. */
    private static int rowsOn(List<PageChecks.Glyph> glyphs, int page) {
        return sttRows(glyphs, page).size();
    }

    /** The y of each row's number in the STT column of a page, top to bottom. */
    private static List<Float> sttRows(List<PageChecks.Glyph> glyphs, int page) {
        float sttRight = 40 * PageChecks.MM;
        List<Float> ys = new ArrayList<>();
        glyphs.stream().filter(g -> g.page() == page && g.right() < sttRight && Character.isDigit(g.text().charAt(0)))
                .sorted(Comparator.comparing(PageChecks.Glyph::y)).forEach(g -> {
                    if (ys.isEmpty() || Math.abs(ys.get(ys.size() - 1) - g.y()) > 1) {
                        ys.add(g.y());
                    }
                });
        return ys;
    }

    /** For each row of a page: the verdict whose column header the row's "X" sits under, or null. */
    private static List<Verdict> markedVerdicts(List<PageChecks.Glyph> glyphs, int page, int rows) {
        List<PageChecks.Glyph> onPage = glyphs.stream().filter(g -> g.page() == page).toList();
        float early = ApologyAndStopNoticeTest.lineOf(onPage, "Trước").get(2).centre();
        float onTime = ApologyAndStopNoticeTest.lineOf(onPage, "Đúng").get(2).centre();
        float late = ApologyAndStopNoticeTest.lineOf(onPage, "Quá").get(1).centre();
        List<Float> rowYs = sttRows(glyphs, page);
        assertThat(rowYs).hasSize(rows);
        List<Verdict> out = new ArrayList<>();
        for (float y : rowYs) {
            List<PageChecks.Glyph> xs = onPage.stream().filter(g -> g.text().equals("X") && Math.abs(g.y() - y) < 2).toList();
            assertThat(xs).as("at most one mark per row").hasSizeLessThanOrEqualTo(1);
            if (xs.isEmpty()) {
                out.add(null);
                continue;
            }
            float c = xs.get(0).centre();
            float[] d = {Math.abs(c - early), Math.abs(c - onTime), Math.abs(c - late)};
            assertThat(Math.min(d[0], Math.min(d[1], d[2]))).as("under a verdict column").isLessThan(8);
            out.add(d[0] <= d[1] && d[0] <= d[2] ? Verdict.EARLY : d[1] <= d[2] ? Verdict.ON_TIME : Verdict.LATE);
        }
        return out;
    }
}
