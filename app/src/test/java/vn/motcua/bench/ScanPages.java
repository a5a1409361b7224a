package vn.motcua.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Scanner-like A4 pages at 300 dpi (2480 × 3508): paper grain, lines of "text" strokes, a stamp.
 * JPEG at quality 0.85 gives about 1 MB a page, like an office flatbed's colour scan.
 */
final class ScanPages {
    static final int WIDTH = 2480;
    static final int HEIGHT = 3508;

    private ScanPages() {
    }

    /** {@code distinct} different JPEG pages in {@code dir}. */
    static List<Path> jpegs(Path dir, int distinct, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < distinct; i++) {
            files.add(write(page(new Random(seed + i)), dir.resolve(String.format("scan-%03d.jpg", i))));
        }
        return files;
    }

    /** {@code count} page paths cycling through {@code distinct}: as many pages without generating them all. */
    static List<Path> cycle(List<Path> distinct, int count) {
        List<Path> pages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pages.add(distinct.get(i % distinct.size()));
        }
        return pages;
    }

    static long bytes(List<Path> files) throws IOException {
        long total = 0;
        for (Path f : files) {
            total += Files.size(f);
        }
        return total;
    }

    private static BufferedImage page(Random r) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[WIDTH];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int v = 240 + r.nextInt(12); // paper grain: what makes real scans weigh a megabyte
                row[x] = (v << 16) | ((v - 3) << 8) | (v - 10);
            }
            img.setRGB(0, y, WIDTH, 1, row, 0, WIDTH);
        }
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(30, 30, 40));
        for (int line = 0; line < 60; line++) {
            int y = 300 + line * 50;
            int x = 250;
            while (x < WIDTH - 300) {
                int word = 40 + r.nextInt(160);
                g.fillRect(x, y, word, 18 + r.nextInt(8));
                x += word + 25;
            }
        }
        g.setColor(new Color(200, 20, 30));
        g.setStroke(new BasicStroke(12));
        g.drawOval(1500, 3000, 420, 420);
        g.dispose();
        return img;
    }

    private static Path write(BufferedImage img, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), param);
        } finally {
            writer.dispose();
        }
        return file;
    }
}
