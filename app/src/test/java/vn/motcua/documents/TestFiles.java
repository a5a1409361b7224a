package vn.motcua.documents;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Real image and PDF files written by the tests themselves, from a seed. */
public final class TestFiles {
    private TestFiles() {
    }

    /** A page-like picture: coloured blocks and noise, so compressors cannot cheat. */
    public static BufferedImage picture(int w, int h, long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        for (int i = 0; i < 20; i++) {
            g.setColor(new Color(r.nextInt(0xFFFFFF)));
            g.fillRect(r.nextInt(w), r.nextInt(h), 1 + r.nextInt(w / 2), 1 + r.nextInt(h / 4));
        }
        g.dispose();
        for (int i = 0; i < w * h / 10; i++) {
            img.setRGB(r.nextInt(w), r.nextInt(h), r.nextInt(0xFFFFFF));
        }
        return img;
    }

    static Path jpeg(Path file, int w, int h, long seed) throws IOException {
        if (!ImageIO.write(picture(w, h, seed), "jpg", file.toFile())) {
            throw new IllegalStateException("no JPEG writer");
        }
        return file;
    }

    static Path png(Path file, BufferedImage img) throws IOException {
        ImageIO.write(img, "png", file.toFile());
        return file;
    }

    static Path tiff(Path file, BufferedImage... pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("TIFF").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (BufferedImage p : pages) {
                writer.writeToSequence(new IIOImage(p, null, null), writer.getDefaultWriteParam());
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** A tiny real PNG whose header declares {@code w}×{@code h} (CRC fixed, so readers believe it). */
    static Path pngDeclaring(Path file, int w, int h) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture(16, 16, 1), "png", bytes);
        byte[] b = bytes.toByteArray();
        ByteBuffer.wrap(b, 16, 8).putInt(w).putInt(h);
        CRC32 crc = new CRC32();
        crc.update(b, 12, 17);
        ByteBuffer.wrap(b, 29, 4).putInt((int) crc.getValue());
        Files.write(file, b);
        return file;
    }

    /** The first {@code keep} of a file's bytes: an interrupted copy. */
    static Path truncated(Path source, Path file, double keep) throws IOException {
        byte[] b = Files.readAllBytes(source);
        Files.write(file, Arrays.copyOf(b, (int) (b.length * keep)));
        return file;
    }

    static Path pdf(Path file, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A PDF header followed by a cross-reference table that points nowhere and no objects. */
    static Path brokenXrefPdf(Path file) throws IOException {
        Files.writeString(file, "%PDF-1.7\n%\u00e2\u00e3\nxref\n0 3\n0000000000 65535 f \nGARBAGE GARBAGE\n"
                + "trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n99999\n%%EOF\n", java.nio.charset.StandardCharsets.ISO_8859_1);
        return file;
    }
}
