package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.forms.PageChecks.oneLine;

import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Forms 04 (apology, new appointment) and 05 (stop notice) read back from the PDF. */
class ApologyAndStopNoticeTest {
    private final FormFonts fonts = FormFonts.shared();

    @Test
    void theApologyPrintsEveryFieldOnOnePage() throws IOException {
        ApologyData d = ProcessingSamples.apology();
        byte[] pdf = new ApologyForm(fonts).render(d);
        String text = oneLine(PdfReadBack.text(pdf));

        assertThat(text).contains("UBND XÃ AN BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 15/TB-UBND",
                "Xã An Bình, ngày 23 tháng 11 năm 2026", ApologyForm.TITLE, "Kính gửi: Bà Nguyễn Thị Ánh Hồng",
                "09 giờ 05 phút, ngày 23/11/2026", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
                "Mã hồ sơ: " + d.dossierCode(), "Thời gian hẹn trả kết quả: 14 giờ 00 phút, ngày 26/11/2026",
                "Cơ quan, đơn vị giải quyết hồ sơ: Công chức Tư pháp - Hộ tịch", "Lý do: " + d.reason(),
                "xin lỗi Ông/Bà", "10 giờ 30 phút, ngày 03/12/2026", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trương Minh Quân",
                "Nơi nhận:", "- Như trên;", "- Lưu: VT.");
        assertThat(text).doesNotContain("(Ký và ghi rõ họ tên)");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(PdfReadBack.pages(pdf)).isEqualTo(1);
        assertThat(PdfReadBack.fonts(pdf)).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        PageChecks.assertInsideMargins(pdf);
    }

    @Test
    void theNewDueTimeStandsOutInLargerBoldCentredType() throws IOException {
        byte[] pdf = new ApologyForm(fonts).render(ProcessingSamples.apology());
        List<PageChecks.Glyph> glyphs = PageChecks.glyphs(pdf);
        List<PageChecks.Glyph> line = lineOf(glyphs, "10 giờ 30 phút, ngày 03/12/2026");
        float body = glyphs.stream().filter(g -> g.text().equals("K")).findFirst().orElseThrow().size(); // "Kính gửi"

        assertThat(line).allSatisfy(g -> {
            assertThat(g.font()).endsWith("LiberationSerif-Bold");
            assertThat(g.size()).isGreaterThan(body);
        });
        float middle = (line.get(0).x() + line.get(line.size() - 1).right()) / 2;
        assertThat(middle).as("centred between the margins").isCloseTo((30 + (210 - 15)) / 2f * PageChecks.MM,
                org.assertj.core.data.Offset.offset(2f));
    }

    @Test
    void theSignatureBoxIsRecordedBetweenTitleAndNameAndKeptFreeOfText() throws IOException {
        byte[] pdf = new ApologyForm(fonts).render(ProcessingSamples.apology());
        SignatureBox box = SignatureBox.find(pdf).orElseThrow();
        List<PageChecks.Glyph> glyphs = PageChecks.glyphs(pdf);

        assertSignatureRoom(box, glyphs, 1);
        assertThat(box.x()).as("right half").isGreaterThan(595.28f / 2 - 10);
        assertThat(box.width()).isGreaterThanOrEqualTo(60 * PageChecks.MM);
        assertThat(box.height()).isGreaterThanOrEqualTo(25 * PageChecks.MM);
        assertThat(SignatureBox.find(new RefusalForm(fonts).render(SampleForms.refusal()))).as("other forms have none").isEmpty();
    }

    @Test
    void aLongReasonWrapsOntoPage2AndTheSignatureStaysWholeWithItsBoxOnTheLastPage() throws IOException {
        ApologyData d = ProcessingSamples.apology();
        String reason = (d.reason() + " ").repeat(40).strip();
        byte[] pdf = new ApologyForm(fonts).render(new ApologyData(d.header(), d.letterNumber(), d.addressee(), d.receivedAt(),
                d.procedureName(), d.dossierCode(), d.originalDue(), d.handlingUnit(), reason, d.newDue(), d.signerTitle(),
                d.signerName()));

        int pages = PdfReadBack.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(PageChecks.topMargin(pdf, 2)).isEqualTo("2");
        assertThat(oneLine(PdfReadBack.bodyText(pdf))).contains(reason);
        SignatureBox box = SignatureBox.find(pdf).orElseThrow();
        assertThat(box.page()).isEqualTo(pages);
        assertSignatureRoom(box, PageChecks.glyphs(pdf), pages);
        PageChecks.assertInsideMargins(pdf);
    }

    @Test
    void aStopAtTheCitizensRequestSaysSoAndGivesTheirReason() throws IOException {
        StopNoticeData d = ProcessingSamples.stop(true);
        byte[] pdf = new StopNoticeForm(fonts).render(d);
        String text = oneLine(PdfReadBack.text(pdf));

        assertThat(text).contains(StopNoticeForm.TITLE, StopNoticeForm.CAPTION, "Mã hồ sơ: " + d.dossierCode(),
                "Người nộp hồ sơ: Lâm Thị Tuyết Nhung", "Thời gian tiếp nhận hồ sơ: 09 giờ 05 phút, ngày 23/11/2026",
                "Theo đề nghị của Ông/Bà về việc rút hồ sơ", "kể từ ngày 25/11/2026",
                "Lý do Ông/Bà đề nghị: " + d.reason(), "nhận lại hồ sơ đã nộp", "CHỦ TỊCH", "Nguyễn Hữu Lộc",
                "- Ông/Bà Lâm Thị Tuyết Nhung;");
        assertThat(text).contains("Chứng thực hợp đồng, giao dịch liên quan đến tài sản là").contains("động sản");
        assertThat(text).doesNotContain("Lý do dừng giải quyết");
        assertThat(PdfReadBack.fonts(pdf)).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
        PageChecks.assertInsideMargins(pdf);
    }

    @Test
    void aStopByTheOfficeGivesTheOfficesReasonWithoutPretendingTheCitizenAsked() throws IOException {
        StopNoticeData d = ProcessingSamples.stop(false);
        String text = oneLine(PdfReadBack.text(new StopNoticeForm(fonts).render(d)));

        assertThat(text).contains("thông báo dừng giải quyết hồ sơ nêu trên kể từ ngày 25/11/2026",
                "Lý do dừng giải quyết: " + d.reason());
        assertThat(text).doesNotContain("Theo đề nghị của Ông/Bà").doesNotContain("Lý do Ông/Bà đề nghị")
                .doesNotContain("rút hồ sơ");
    }

    @Test
    void decomposedNamesArePrintedInNfc() throws IOException {
        StopNoticeData d = ProcessingSamples.stop(true);
        String nfd = Normalizer.normalize(d.applicantName(), Normalizer.Form.NFD);
        String text = PdfReadBack.text(new StopNoticeForm(fonts).render(new StopNoticeData(d.header(), d.dossierCode(), nfd,
                d.procedureName(), d.receivedAt(), d.reason(), d.stoppedOn(), true, d.signerTitle(), d.signerName())));

        assertThat(text).contains(d.applicantName()).doesNotContain(nfd);
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    /** The room lies below the signer's title and above the name, on its page, and no glyph is inside it. */
    private static void assertSignatureRoom(SignatureBox box, List<PageChecks.Glyph> glyphs, int page) {
        assertThat(box.page()).isEqualTo(page);
        float top = 841.89f - (box.y() + box.height());
        float bottom = 841.89f - box.y();
        float titleY = lineOf(glyphs, "PHÓ CHỦ TỊCH").get(0).y();
        float nameY = lineOf(glyphs, "Trương Minh Quân").get(0).y();
        assertThat(titleY).isLessThan(top);
        assertThat(nameY).isGreaterThan(bottom);
        assertThat(glyphs).filteredOn(g -> g.page() == page).noneMatch(g -> g.right() > box.x() && g.x() < box.x() + box.width()
                && g.y() > top && g.y() - g.size() * 0.8f < bottom);
    }

    /** The glyphs of the first place where {@code text} is printed on one line. */
    static List<PageChecks.Glyph> lineOf(List<PageChecks.Glyph> glyphs, String text) {
        String noSpaces = text.replace(" ", "");
        List<PageChecks.Glyph> printed = glyphs.stream().filter(g -> !g.text().isBlank()).toList();
        for (int i = 0; i + noSpaces.length() <= printed.size(); i++) {
            StringBuilder s = new StringBuilder();
            for (int k = 0; k < noSpaces.length(); k++) {
                s.append(printed.get(i + k).text());
            }
            if (s.toString().equals(noSpaces)) {
                return printed.subList(i, i + noSpaces.length());
            }
        }
        throw new AssertionError("not printed on one line: " + text);
    }
}
