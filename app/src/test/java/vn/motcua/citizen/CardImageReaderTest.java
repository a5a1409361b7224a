package vn.motcua.citizen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;

class CardImageReaderTest {
    @TempDir
    Path tmp;

    private final CardData expected = ChipCardQr.parse(ChipCardQrTest.SEVEN + "||||").orElseThrow();

    @Test
    void aQrPngOfTheCardTextReadsBackAsTheCard() throws Exception {
        Path png = tmp.resolve("the.png");
        ImageIO.write(onWhitePage(qr(ChipCardQrTest.SEVEN + "||||", 300), 800, 500, 250, 100), "png", png.toFile());
        assertThat(CardImageReader.read(png)).contains(expected);
    }

    @Test
    void aScaledAndARotatedCodeAreReadToo() throws Exception {
        BufferedImage code = qr(ChipCardQrTest.SEVEN, 200);
        BufferedImage big = scale(onWhitePage(code, 600, 400, 50, 60), 4.3);
        assertThat(CardImageReader.read(big)).contains(expected);
        Path rotatedPng = tmp.resolve("rotated.png");
        ImageIO.write(rotate90(onWhitePage(code, 600, 400, 300, 80)), "png", rotatedPng.toFile());
        assertThat(CardImageReader.read(rotatedPng)).contains(expected);
    }

    @Test
    void anImageWithoutACardCodeGivesNothing() throws Exception {
        assertThat(CardImageReader.read(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB))).isEmpty();
        // a QR code, but of a receipt URL rather than a card
        assertThat(CardImageReader.read(onWhitePage(qr("https://dichvucong.example.vn/tra-cuu?ma=H56-250314-0001", 250),
                500, 500, 100, 100))).isEmpty();
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedNamingIt() throws IOException {
        Path pdf = Files.writeString(tmp.resolve("the.pdf"), "%PDF-1.7 not an image");
        assertThatThrownBy(() -> CardImageReader.read(pdf)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("citizen.cardImage.unreadable");
            assertThat(e.args()).containsExactly("the.pdf");
        });
        assertThatThrownBy(() -> CardImageReader.read(tmp.resolve("missing.png"))).isInstanceOfSatisfying(
                UserFacingException.class, e -> assertThat(e.key()).isEqualTo("citizen.cardImage.unreadable"));
    }

    @Test
    void hugeFilesAndHugeImagesAreRefusedBeforeDecoding() throws IOException {
        Path huge = tmp.resolve("huge.png");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(CardImageReader.MAX_FILE_BYTES + 1); // sparse: costs no disk
        }
        assertThatThrownBy(() -> CardImageReader.read(huge)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("citizen.cardImage.tooLarge"));
        // 10,000 x 10,000 pixels declared in a small file (a 1-bit PNG compresses to almost nothing)
        Path wide = tmp.resolve("wide.png");
        ImageIO.write(new BufferedImage(10_000, 10_000, BufferedImage.TYPE_BYTE_BINARY), "png", wide.toFile());
        assertThat(Files.size(wide)).isLessThan(CardImageReader.MAX_FILE_BYTES);
        assertThatThrownBy(() -> CardImageReader.read(wide)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("citizen.cardImage.tooManyPixels"));
    }

    static BufferedImage qr(String text, int side) throws WriterException {
        var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, side, side,
                Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4));
        return MatrixToImageWriter.toBufferedImage(matrix);
    }

    private static BufferedImage onWhitePage(BufferedImage code, int w, int h, int x, int y) {
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.drawImage(code, x, y, null);
        g.dispose();
        return page;
    }

    private static BufferedImage scale(BufferedImage image, double factor) {
        int w = (int) (image.getWidth() * factor);
        int h = (int) (image.getHeight() * factor);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static BufferedImage rotate90(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < image.getWidth(); x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                out.setRGB(image.getHeight() - 1 - y, x, image.getRGB(x, y));
            }
        }
        return out;
    }
}
