package vn.motcua.ui.documents;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/** Scanned pages the UI tests write themselves: a page of text, or a blank sheet with scanner noise. */
public final class ScanFiles {
    private ScanFiles() {
    }

    public static Path textPage(Path file, long seed) throws IOException {
        BufferedImage img = sheet(seed);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(25, 25, 25));
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 18));
        for (int i = 0; i < 12; i++) {
            g.drawString("Tờ khai thay đổi thông tin cư trú — dòng " + (i + 1) + " — mẫu " + seed, 60, 120 + i * 30);
        }
        g.dispose();
        return write(img, file);
    }

    public static Path blankPage(Path file, long seed) throws IOException {
        return write(sheet(seed), file);
    }

    private static BufferedImage sheet(long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(620, 877, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(245, 244, 241));
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.dispose();
        for (int i = 0; i < 400; i++) {
            int v = r.nextInt(90);
            img.setRGB(r.nextInt(img.getWidth()), r.nextInt(img.getHeight()), new Color(v, v, v).getRGB());
        }
        return img;
    }

    private static Path write(BufferedImage img, Path file) throws IOException {
        if (!ImageIO.write(img, "jpg", file.toFile())) {
            throw new IllegalStateException("no JPEG writer");
        }
        return file;
    }
}
