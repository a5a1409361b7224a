package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Page-size aware read-back (portrait or landscape): glyphs with their face and size, margins, page texts. */
final class PageChecks {
    static final float MM = 72f / 25.4f;

    private PageChecks() {
    }

    /** A printed character: 1-based page, x range and baseline (points, y from the page top), size, font name. */
    record Glyph(int page, String text, float x, float right, float y, float size, String font) {
        float centre() {
            return (x + right) / 2;
        }
    }

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        out.add(new Glyph(getCurrentPageNo(), p.getUnicode(), p.getXDirAdj(), p.getXDirAdj() + p.getWidthDirAdj(),
                                p.getYDirAdj(), p.getFontSizeInPt(), p.getFont().getName()));
                    }
                }
            };
            s.getText(doc);
        }
        return out;
    }

    /** The sorted text of each page, index 0 = page 1. */
    static List<String> pageTexts(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                s.setStartPage(p);
                s.setEndPage(p);
                out.add(s.getText(doc).replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    /** Text above the 20 mm top margin of a page (where page numbers go). */
    static String topMargin(byte[] pdf, int page) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage p = doc.getPage(page - 1);
            PDFTextStripperByArea s = new PDFTextStripperByArea();
            s.addRegion("top", new Rectangle2D.Float(0, 0, p.getMediaBox().getWidth(), 20 * MM));
            s.extractRegions(p);
            return s.getTextForRegion("top").strip();
        }
    }

    /**
     * The x edges (points) of a {@link Table}'s columns between the 30 mm and 15 mm side margins
     * of a page {@code pageWidthMm} wide: {@code columns.size() + 1} values.
     */
    static float[] columnEdges(List<Table.Column> columns, float pageWidthMm) {
        float fixed = 0;
        int flexible = 0;
        for (Table.Column c : columns) {
            fixed += c.widthMm();
            flexible += c.widthMm() == 0 ? 1 : 0;
        }
        float rest = (pageWidthMm - 45 - fixed) / Math.max(1, flexible);
        float[] edges = new float[columns.size() + 1];
        edges[0] = 30 * MM;
        for (int i = 0; i < columns.size(); i++) {
            float w = columns.get(i).widthMm() == 0 ? rest : columns.get(i).widthMm();
            edges[i + 1] = edges[i] + w * MM;
        }
        return edges;
    }

    /** Text between two x positions on a page, top to bottom, whitespace removed. */
    static String column(byte[] pdf, int page, float fromX, float toX) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return column(doc.getPage(page - 1), fromX, toX);
        }
    }

    /** {@link #column} of every page, index 0 = page 1 (the document loaded once). */
    static List<String> columnByPage(byte[] pdf, float fromX, float toX) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage p : doc.getPages()) {
                out.add(column(p, fromX, toX));
            }
        }
        return out;
    }

    private static String column(PDPage p, float fromX, float toX) throws IOException {
        PDFTextStripperByArea s = new PDFTextStripperByArea();
        s.addRegion("column", new Rectangle2D.Float(fromX, 0, toX - fromX, p.getMediaBox().getHeight()));
        s.extractRegions(p);
        return s.getTextForRegion("column").replaceAll("\\s+", "");
    }

    static List<PDRectangle> pageSizes(byte[] pdf) throws IOException {
        List<PDRectangle> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage p : doc.getPages()) {
                out.add(p.getMediaBox());
            }
        }
        return out;
    }

    /**
     * Every glyph lies between the Decree 30 side margins (30 mm left, 15 mm right) and above the
     * 20 mm bottom margin; only page numbers sit in the top margin, never above 10 mm.
     */
    static void assertInsideMargins(byte[] pdf) throws IOException {
        List<PDRectangle> sizes = pageSizes(pdf);
        for (Glyph g : glyphs(pdf)) {
            PDRectangle page = sizes.get(g.page() - 1);
            assertThat(g.x()).as("left of %s on page %d", g.text(), g.page()).isGreaterThanOrEqualTo(30 * MM - 0.5f);
            assertThat(g.right()).as("right of %s on page %d", g.text(), g.page())
                    .isLessThanOrEqualTo(page.getWidth() - 15 * MM + 0.5f);
            assertThat(g.y()).as("baseline of %s on page %d", g.text(), g.page())
                    .isBetween(10 * MM, page.getHeight() - 20 * MM + 0.5f);
        }
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
