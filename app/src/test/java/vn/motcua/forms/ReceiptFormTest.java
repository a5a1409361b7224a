package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** Form 01 read back from the PDF: every field, NFC text, embedded subset fonts, both QR codes, copies, page flow. */
class ReceiptFormTest {
    private final ReceiptForm form = new ReceiptForm(FormFonts.shared());

    @Test
    void everyFieldOfTheReceiptIsPrinted() throws IOException {
        ReceiptData d = SampleForms.receipt();
        String text = oneLine(PdfReadBack.text(form.render(d, Copies.ONE)));

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "UBND XÃ AN BÌNH", "Xã An Bình, ngày 23 tháng 11 năm 2026", ReceiptForm.TITLE,
                "Mã hồ sơ: " + d.dossierCode(), d.lookupHint(),
                "Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Hồng", "Số định danh cá nhân: 089186001234",
                "Địa chỉ: " + d.address(), "Số điện thoại: 0912 345 678", "Email: anhhong@example.vn",
                "Chủ hồ sơ: Trần Gia Khánh", "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
                "STT", "Tên giấy tờ", "Bản chính", "Bản sao", "chứng thực", "photo", "Ghi chú",
                "Chỉ xuất trình", "Tra cứu CSDL quốc gia",
                "2. Số lượng hồ sơ: 01 bộ", "Thời hạn giải quyết hồ sơ theo quy định: 03 ngày làm việc",
                "Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 23/11/2026",
                "Thời gian trả kết quả giải quyết hồ sơ: 14 giờ 00 phút, ngày 26/11/2026",
                "Đăng ký nhận kết quả tại: " + d.returnMethod(),
                "Lệ phí cấp bản sao Trích lục khai sinh (02 bản): 16.000 đồng",
                "Phí dịch vụ bưu chính trả kết quả: 1.234.567 đồng", "Tổng cộng: 1.250.567 đồng",
                "Hình thức thu: Chuyển khoản", "Quét để chuyển khoản phí",
                "Vào Sổ theo dõi hồ sơ, quyển số 03/2026, số thứ tự 0457.",
                "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", "Lê Văn Tâm");
        assertThat(text).contains("TRUNG TÂM PHỤC VỤ").contains("HÀNH CHÍNH CÔNG");
        for (ComponentRow c : d.components()) {
            assertThat(text).contains(c.name().split(" đăng ký khai sinh")[0]);
        }
        assertThat(PdfReadBack.pages(form.render(d, Copies.ONE))).as("the common case fits one page").isEqualTo(1);
    }

    @Test
    void decomposedInputIsPrintedInNfc() throws IOException {
        String name = "Nguyễn Thị Ánh Hồng";
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo(name);

        String text = PdfReadBack.text(form.render(SampleForms.receiptPaidInCash(decomposed), Copies.ONE));

        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        assertThat(text).contains("Tiếp nhận hồ sơ của: " + name).doesNotContain(decomposed);
    }

    @Test
    void fontsAreLiberationSerifEmbeddedAsSubsets() throws IOException {
        List<PDFont> fonts = PdfReadBack.fonts(form.render(SampleForms.receipt(), Copies.ONE));

        assertThat(fonts).isNotEmpty().allSatisfy(f -> {
            assertThat(f.isEmbedded()).as(f.getName()).isTrue();
            assertThat(f.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
        });
        assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.endsWith("-Bold")).anyMatch(n -> n.endsWith("-Italic"));
    }

    @Test
    void trackingAndTransferQrCodesDecodeFromThePageAt150Dpi() throws IOException {
        ReceiptData d = SampleForms.receipt();

        List<String> codes = PdfReadBack.qrCodes(PdfReadBack.image(form.render(d, Copies.ONE), 1, 150));

        assertThat(codes).containsExactlyInAnyOrder(d.qrText(), d.paymentQrText());
    }

    @Test
    void withoutATransferOnlyTheTrackingQrIsPrinted() throws IOException {
        ReceiptData d = SampleForms.receiptPaidInCash("Lý Thị Mai");
        byte[] pdf = form.render(d, Copies.ONE);

        assertThat(PdfReadBack.qrCodes(PdfReadBack.image(pdf, 1, 150))).containsExactly(d.qrText());
        assertThat(PdfReadBack.text(pdf)).contains("Hình thức thu: Tiền mặt").doesNotContain("chuyển khoản phí")
                .doesNotContain("Chủ hồ sơ").doesNotContain("Email");
    }

    @Test
    void twoCopiesPrintTheReceiptTwiceWithTheirCaptions() throws IOException {
        ReceiptData d = SampleForms.receipt();
        byte[] one = form.render(d, Copies.ONE);
        byte[] two = form.render(d, Copies.TWO);

        int pages = PdfReadBack.pages(one);
        assertThat(PdfReadBack.pages(two)).isEqualTo(2 * pages);
        assertThat(PdfReadBack.text(one)).doesNotContain("Liên 1").doesNotContain("Liên 2");
        String first = PdfReadBack.text(two, 1, pages);
        String second = PdfReadBack.text(two, pages + 1, 2 * pages);
        assertThat(first).contains("Liên 1: Giao người nộp hồ sơ", d.dossierCode()).doesNotContain("Liên 2");
        assertThat(second).contains("Liên 2: Lưu tại cơ quan", d.dossierCode()).doesNotContain("Liên 1");
        assertThat(PdfReadBack.qrCodes(PdfReadBack.image(two, pages + 1, 150))).contains(d.qrText());
    }

    @Test
    void fortyComponentsFlowOntoMorePagesNumberedAtTheTopWithNothingLost() throws IOException {
        List<ComponentRow> rows = SampleForms.manyComponents(40);
        byte[] pdf = form.render(SampleForms.receiptWithComponents(rows), Copies.ONE);

        int pages = PdfReadBack.pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(2);
        assertThat(PdfReadBack.topMargin(pdf, 1)).isEmpty();
        for (int p = 2; p <= pages; p++) {
            assertThat(PdfReadBack.topMargin(pdf, p)).isEqualTo(Integer.toString(p));
        }
        String text = oneLine(PdfReadBack.text(pdf));
        for (int i = 1; i <= rows.size(); i++) {
            assertThat(text).contains("Giấy tờ số " + i + " về quyền sử dụng đất");
        }
        assertThat(text).contains("Tổng cộng: 1.250.567 đồng", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Lê Văn Tâm");
        // the header row is repeated on every page the table continues on
        for (int p = 2; p <= pages; p++) {
            assertThat(PdfReadBack.text(pdf, p, p)).contains("Tên giấy tờ");
        }
    }

    @Test
    void aLongUnbrokenNameWrapsInsideItsCell() throws IOException {
        String word = "QUYẾTĐỊNHGIAOĐẤTSỐ#0123456789/QĐ-UBND".repeat(5);
        List<ComponentRow> rows = new ArrayList<>(SampleForms.birthComponents());
        rows.add(new ComponentRow(word, 1, 0, 0, null));
        byte[] pdf = form.render(SampleForms.receiptWithComponents(rows), Copies.ONE);

        float nameColumnLeft = (30 + 10) * 72f / 25.4f;
        float nameColumnRight = (210 - 15 - 14 - 22 - 14 - 40) * 72f / 25.4f;
        assertThat(PdfReadBack.textInColumn(pdf, 1, nameColumnLeft, nameColumnRight).replaceAll("\\s+", "")).contains(word);
        List<PdfReadBack.Glyph> qs = PdfReadBack.glyphs(pdf, 1).stream().filter(g -> g.text().equals("#")).toList();
        assertThat(qs).hasSize(5); // '#' is printed only inside the long name, once per repeat
        assertThat(qs).allSatisfy(g -> assertThat(g.right()).isLessThan(nameColumnRight));
        assertThat(qs.stream().map(PdfReadBack.Glyph::y).distinct().count()).as("on several lines").isGreaterThan(1);
    }

    @Test
    void charactersTheFontLacksAndControlCharactersNeverBreakTheReceipt() throws IOException {
        byte[] pdf = form.render(SampleForms.receiptPaidInCash("Ngô\tThị 😀 Lan\u0007 漢"), Copies.ONE);

        assertThat(oneLine(PdfReadBack.text(pdf))).contains("Tiếp nhận hồ sơ của: Ngô Thị ? Lan ?");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
