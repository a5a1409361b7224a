package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Forms 02 (request to complete) and 03 (refusal) read back from the PDF. */
class LetterFormsTest {
    private final FormFonts fonts = FormFonts.shared();

    @Test
    void supplementRequestListsEverythingToAddOrCorrectWithReasonRulesAndContact() throws IOException {
        SupplementRequestData d = SampleForms.supplement();
        byte[] pdf = new SupplementRequestForm(fonts).render(d);
        String text = oneLine(PdfReadBack.text(pdf));

        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Xã An Bình, ngày 23 tháng 11 năm 2026",
                SupplementRequestForm.TITLE, "Mã hồ sơ: " + d.dossierCode(), "Hồ sơ của: Phạm Thị Ngọc Diễm",
                "Nội dung yêu cầu giải quyết: Chứng thực chữ ký trong giấy tờ, văn bản",
                "Giấy ủy quyền", "Căn cước của người ủy quyền", "Nội dung cần bổ sung,",
                "Lý do: " + d.reason(), "được công khai tại: " + d.rulesPublishedAt(),
                "liên hệ Võ Thanh Tùng, số điện thoại 0296 3850 123", "NGƯỜI HƯỚNG DẪN", "(Ký và ghi rõ họ tên)");
        String notes = oneLine(PdfReadBack.textInColumn(pdf, 1, (210 - 15 - 40) * 72f / 25.4f, (210 - 15) * 72f / 25.4f));
        assertThat(notes).contains("Ghi rõ phạm vi ủy quyền và thời hạn ủy quyền", "Bản sao bị mờ, nộp bản rõ nét");
        assertThat(PdfReadBack.pages(pdf)).isEqualTo(1);
        assertThat(PdfReadBack.fonts(pdf)).allSatisfy(f -> assertThat(f.isEmbedded()).isTrue());
    }

    @Test
    void refusalGivesTheSpecificReasonAndWhereToGetHelp() throws IOException {
        RefusalData d = SampleForms.refusal();
        byte[] pdf = new RefusalForm(fonts).render(d);
        String text = oneLine(PdfReadBack.text(pdf));

        assertThat(text).contains("UBND XÃ AN BÌNH", RefusalForm.TITLE, "Mã hồ sơ: " + d.dossierCode(),
                "Tiếp nhận hồ sơ của: Đặng Quốc Bảo",
                "Nội dung yêu cầu giải quyết: Cấp Giấy chứng nhận quyền sử dụng đất lần đầu",
                "từ chối tiếp nhận, giải quyết hồ sơ này vì lý do sau:", d.reason(), d.helpContact(),
                "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Huỳnh Kim Thoa");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
    }

    @Test
    void aLongReasonFlowsOntoASecondPageNumbered2() throws IOException {
        RefusalData d = SampleForms.refusal();
        String reason = (d.reason() + " ").repeat(45).strip();
        byte[] pdf = new RefusalForm(fonts).render(new RefusalData(d.header(), d.dossierCode(), d.applicantName(),
                d.procedureName(), reason, d.helpContact(), d.officer()));

        assertThat(PdfReadBack.pages(pdf)).isGreaterThanOrEqualTo(2);
        assertThat(PdfReadBack.topMargin(pdf, 2)).isEqualTo("2");
        String body = oneLine(PdfReadBack.bodyText(pdf));
        assertThat(body.contains(reason)).as("the whole reason, in order, across pages").isTrue();
        assertThat(body).contains("Huỳnh Kim Thoa");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
