package vn.motcua.forms;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reads a rendered form back the way a reviewer does: text, fonts, QR codes. */
public final class PdfReadBack {
    private PdfReadBack() {
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    public static String text(byte[] pdf) throws IOException {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    static String text(byte[] pdf, int fromPage, int toPage) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setStartPage(fromPage);
            s.setEndPage(toPage);
            return s.getText(doc);
        }
    }

    /** Text in the top margin (above the 20 mm margin) of a page, 1-based. */
    static String topMargin(byte[] pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.addRegion("top", new Rectangle2D.Float(0, 0, 595, 20 * 72f / 25.4f));
            s.extractRegions(doc.getPage(page - 1));
            return s.getTextForRegion("top").strip();
        }
    }

    /** A printed character and where it is (points; y from the top of the page). */
    record Glyph(String text, float x, float right, float y) {
    }

    static List<Glyph> glyphs(byte[] pdf, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        out.add(new Glyph(p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(), p.getYDirAdj()));
                    }
                }
            };
            s.setStartPage(page);
            s.setEndPage(page);
            s.getText(doc);
        }
        return out;
    }

    /** Text of every page below its top margin (without the page numbers). */
    static String bodyText(byte[] pdf) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDFTextStripperByArea s = new PDFTextStripperByArea();
                float top = 20 * 72f / 25.4f;
                s.addRegion("body", new Rectangle2D.Float(0, top, 595, 842 - top));
                s.extractRegions(page);
                out.append(s.getTextForRegion("body")).append('\n');
            }
        }
        return out.toString();
    }

    /** Text between two x positions (points from the left edge) over the whole page. */
    static String textInColumn(byte[] pdf, int page, float fromX, float toX) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.addRegion("column", new Rectangle2D.Float(fromX, 0, toX - fromX, 842));
            s.extractRegions(doc.getPage(page - 1));
            return s.getTextForRegion("column");
        }
    }

    static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
        }
        return fonts;
    }

    public static BufferedImage image(byte[] pdf, int page, float dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFRenderer(doc).renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
        }
    }

    /** Every QR code ZXing finds on the page image. */
    public static List<String> qrCodes(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true,
                    DecodeHintType.CHARACTER_SET, "UTF-8"));
            List<String> out = new ArrayList<>();
            for (Result r : results) {
                out.add(r.getText());
            }
            return out;
        } catch (NotFoundException e) {
            return List.of();
        }
    }
}
