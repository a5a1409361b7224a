package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Generated A4 pages at 150 dpi: noise and an edge shadow are blank; a few lines of text are not. */
class BlankPageTest {
    private static final int W = 1240;
    private static final int H = 1754;

    /** White paper as a scanner sees it: grey-ish, with specks of noise and the lid's shadow along an edge. */
    static BufferedImage scannedWhite(long seed, double speckShare) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(244, 243, 240));
        g.fillRect(0, 0, W, H);
        g.setPaint(new GradientPaint(0, 0, new Color(90, 90, 90), 50, 0, new Color(244, 243, 240)));
        g.fillRect(0, 0, 50, H);
        g.dispose();
        for (int i = 0; i < W * H * speckShare; i++) {
            int v = r.nextInt(80);
            img.setRGB(r.nextInt(W), r.nextInt(H), new Color(v, v, v).getRGB());
        }
        for (int y = 0; y < H; y += 3) { // faint grain
            for (int x = 0; x < W; x += 3) {
                int v = 230 + r.nextInt(20);
                img.setRGB(x, y, new Color(v, v, v).getRGB());
            }
        }
        return img;
    }

    static BufferedImage withText(BufferedImage page, int lines) {
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(30, 30, 30));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 24));
        for (int i = 0; i < lines; i++) {
            g.drawString("Kính gửi: Ủy ban nhân dân xã Vụ Bản, tỉnh Nam Định — tờ khai số " + i, 150, 300 + i * 40);
        }
        g.dispose();
        return page;
    }

    @Test
    void whitePagesWithNoiseAndAShadowAreBlank() {
        for (long seed = 1; seed <= 5; seed++) {
            BufferedImage page = scannedWhite(seed, 0.003);
            assertThat(BlankPage.isLikelyBlank(page)).as("seed %d, ink %.5f", seed, BlankPage.inkShare(page)).isTrue();
        }
    }

    @Test
    void aPageWithAFewLinesOfTextIsNotBlank() {
        for (long seed = 1; seed <= 5; seed++) {
            BufferedImage page = withText(scannedWhite(seed, 0.003), 3);
            assertThat(BlankPage.isLikelyBlank(page)).as("seed %d, ink %.5f", seed, BlankPage.inkShare(page)).isFalse();
        }
    }

    @Test
    void aSmallThumbnailOfTheSamePagesGivesTheSameAnswers() {
        BufferedImage blank = PagePreviews.fit(scannedWhite(9, 0.003), 600);
        BufferedImage text = PagePreviews.fit(withText(scannedWhite(9, 0.003), 3), 600);
        assertThat(BlankPage.isLikelyBlank(blank)).as("%.5f", BlankPage.inkShare(blank)).isTrue();
        assertThat(BlankPage.isLikelyBlank(text)).as("%.5f", BlankPage.inkShare(text)).isFalse();
    }
}
