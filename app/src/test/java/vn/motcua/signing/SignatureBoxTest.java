package vn.motcua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The visible signature box: Vietnamese text in the embedded font, where the caller wants it. */
class SignatureBoxTest {
    private static TestCa.Issued signer;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeCa() throws Exception {
        signer = new TestCa().signer();
    }

    private SigningKey key() throws Exception {
        return SigningKeys.pkcs12(signer.pkcs12(dir.resolve("signer.p12"), "pin-1234"), "pin-1234".toCharArray());
    }

    @Test
    void theDefaultBoxSitsBottomRightOnTheLastPageAndSaysWhoSignedInVietnamese() throws Exception {
        Path output = dir.resolve("signed.pdf");
        SignedPdf signed;
        try (SigningKey key = key()) {
            signed = new PdfSigner().sign(TestPdfs.document(3), output, key,
                    SignOptions.defaults().withReason("Phê duyệt kết quả giải quyết").withLocation("Xã Vụ Bản, tỉnh Nam Định"));
        }
        assertThat(BoxReadBack.page(output, signed.fieldName())).isEqualTo(3);
        PDRectangle rect = BoxReadBack.rectangle(output, signed.fieldName());
        assertThat(rect.getLowerLeftX()).as("right half").isGreaterThan(PDRectangle.A4.getWidth() / 2);
        assertThat(rect.getUpperRightX()).isLessThanOrEqualTo(PDRectangle.A4.getWidth());
        assertThat(rect.getLowerLeftY()).as("bottom").isBetween(0f, 100f);
        assertThat(rect.getWidth()).isPositive();
        assertThat(rect.getHeight()).isPositive();

        String text = BoxReadBack.appearanceText(output, signed.fieldName());
        assertThat(text).contains("Ký bởi: " + TestCa.SIGNER_NAME)
                .contains("Thời gian ký: ")
                .contains("Lý do: Phê duyệt kết quả giải quyết")
                .contains("Nơi ký: Xã Vụ Bản, tỉnh Nam Định");
        assertThat(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)).isTrue();

        // rendered as a reader shows it: the box's red text and frame are on the page
        BufferedImage page = BoxReadBack.render(output, 3, 100);
        Path png = Path.of("target", "signing", "signature-box.png");
        Files.createDirectories(png.getParent());
        ImageIO.write(page, "png", png.toFile());
        float scale = 100f / 72f;
        int reddish = 0;
        int x0 = Math.round(rect.getLowerLeftX() * scale);
        int x1 = Math.round(rect.getUpperRightX() * scale);
        int y0 = Math.round((PDRectangle.A4.getHeight() - rect.getUpperRightY()) * scale);
        int y1 = Math.round((PDRectangle.A4.getHeight() - rect.getLowerLeftY()) * scale);
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = page.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (r > 120 && g < 90 && b < 90) {
                    reddish++;
                }
            }
        }
        assertThat(reddish).as("red text and frame drawn inside the box").isGreaterThan(200);
    }

    @Test
    void theCallerChoosesPageAndBoxAndLongTextShrinksToFit() throws Exception {
        Path output = dir.resolve("page1.pdf");
        SignatureBox box = new SignatureBox(50, 600, 150, 40);
        SignedPdf signed;
        try (SigningKey key = key()) {
            signed = new PdfSigner().sign(TestPdfs.document(2), output, key, SignOptions.defaults().onPage(1).inBox(box)
                    .withReason("Ký duyệt văn bản trả lời về việc cấp giấy chứng nhận quyền sử dụng đất lần đầu"));
        }
        assertThat(signed.page()).isEqualTo(1);
        assertThat(BoxReadBack.page(output, signed.fieldName())).isEqualTo(1);
        PDRectangle rect = BoxReadBack.rectangle(output, signed.fieldName());
        assertThat(rect.getLowerLeftX()).isEqualTo(50f);
        assertThat(rect.getLowerLeftY()).isEqualTo(600f);
        assertThat(rect.getWidth()).isEqualTo(150f);
        assertThat(rect.getHeight()).isEqualTo(40f);
        String text = BoxReadBack.appearanceText(output, signed.fieldName()).replaceAll("\\s+", " ");
        assertThat(text).contains("Ký bởi: " + TestCa.SIGNER_NAME).contains("quyền sử dụng đất lần đầu");
        assertThat(SignatureVerifier.verify(output).get(0).valid()).isTrue();
    }
}
