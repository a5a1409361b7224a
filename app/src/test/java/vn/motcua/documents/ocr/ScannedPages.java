package vn.motcua.documents.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Generated "scans" for the OCR tests and benchmark: A4 page images at 300 dpi with Vietnamese
 * lines drawn by Java2D in Liberation Serif, embedded losslessly one per page in a PDF (like the
 * import pipeline does for PNG input).
 */
public final class ScannedPages {
    public static final int DPI = 300;
    private static final int WIDTH = Math.round(8.27f * DPI);
    private static final int HEIGHT = Math.round(11.69f * DPI);

    private ScannedPages() {
    }

    /** A white A4 page with the lines drawn in black, left aligned, {@code pixels} high each. */
    public static BufferedImage page(List<String> lines, float pixels) throws IOException {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(font().deriveFont(pixels));
            int margin = DPI * 2 / 3;
            int y = margin + Math.round(pixels);
            for (String line : lines) {
                g.drawString(line, margin, y);
                y += Math.round(pixels * 1.8f);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    /** One A4 page per image, each image filling its page, stored losslessly (Flate). */
    public static void pdf(List<BufferedImage> pages, Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            doc.save(out.toFile());
        }
    }

    private static Font font() throws IOException {
        try (InputStream in = ScannedPages.class.getResourceAsStream(TextLayer.FONT)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IOException(e);
        }
    }
}
