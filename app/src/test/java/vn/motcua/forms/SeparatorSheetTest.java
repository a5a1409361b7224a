package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Separator sheets: one page per component, readable by eye and by the stack splitter's QR reader. */
class SeparatorSheetTest {
    private static final String CODE = "000.00.25.H40-260105-0007";
    private static final List<SeparatorData> SHEETS = List.of(
            new SeparatorData(CODE, "CT01", "Tờ khai thay đổi thông tin cư trú (Mẫu CT01)"),
            new SeparatorData(CODE, "CHO", "Giấy tờ, tài liệu chứng minh việc sử dụng chỗ ở hợp pháp"),
            new SeparatorData(CODE, "GTTT", "Căn cước công dân của người đăng ký"));

    @Test
    void onePagePerComponentWithCodeNameAndInstruction() throws Exception {
        byte[] pdf = new SeparatorSheet(FormFonts.shared()).render(SHEETS);
        assertThat(PdfReadBack.pages(pdf)).isEqualTo(3);
        for (int page = 1; page <= 3; page++) {
            SeparatorData s = SHEETS.get(page - 1);
            String text = PdfReadBack.text(pdf, page, page).replaceAll("\\s+", " ");
            assertThat(text).contains(CODE, s.componentName(), s.componentCode(),
                    "TRANG PHÂN CÁCH — đặt trước giấy tờ của thành phần này khi quét");
            for (SeparatorData other : SHEETS) {
                if (other != s) {
                    assertThat(text).doesNotContain(other.componentName());
                }
            }
        }
    }

    @Test
    void qrCodeDecodesFromA150DpiRender() throws Exception {
        byte[] pdf = new SeparatorSheet(FormFonts.shared()).render(SHEETS);
        for (int page = 1; page <= 3; page++) {
            BufferedImage image = PdfReadBack.image(pdf, page, 150);
            assertThat(PdfReadBack.qrCodes(image)).containsExactly("MOTCUA-SEP|" + CODE + "|" + SHEETS.get(page - 1).componentCode());
        }
    }

    @Test
    void qrCodeIsAtLeastFiftyMillimetres() {
        assertThat(SeparatorSheet.QR_SIZE / PageWriter.MM).isGreaterThanOrEqualTo(50f);
    }
}
