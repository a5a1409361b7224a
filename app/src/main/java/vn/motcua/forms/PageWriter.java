package vn.motcua.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a form top to bottom on A4 portrait pages with the margins of Decree 30/2020 (top and
 * bottom 20 mm, left 30 mm, right 15 mm). It keeps a cursor {@code y} (the top of the next
 * thing to draw, in PDF points from the page bottom); text that does not fit flows to a new
 * page, which carries its page number centred at the top from page 2 on. A document may hold
 * several parts (the two copies of a receipt), each numbered from 1.
 */
final class PageWriter implements AutoCloseable {
    static final float MM = 72f / 25.4f;
    static final float LEADING = 1.22f;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 15 * MM;

    private final PDDocument doc;
    private final DocFonts fonts;
    private PDPageContentStream cs;
    private int pageInPart;
    private float y;

    PageWriter(PDDocument doc, DocFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    DocFonts fonts() {
        return fonts;
    }

    float left() {
        return LEFT;
    }

    float right() {
        return PAGE.getWidth() - RIGHT;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    /** The height a page offers between its margins. */
    float pageHeight() {
        return PAGE.getHeight() - TOP - BOTTOM;
    }

    /** Starts a new part (a copy) on a fresh page numbered 1. */
    void startPart() {
        pageInPart = 0;
        newPage();
    }

    void newPage() {
        try {
            closeStream();
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            pageInPart++;
            y = PAGE.getHeight() - TOP;
            if (pageInPart > 1) {
                String n = Integer.toString(pageInPart);
                float size = 13;
                show(n, Style.REGULAR, size, (PAGE.getWidth() + LEFT - RIGHT - fonts.width(n, Style.REGULAR, size)) / 2,
                        PAGE.getHeight() - 12 * MM);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean fits(float height) {
        return y - height >= BOTTOM - 0.01f;
    }

    /** Goes to a new page unless {@code height} points still fit on this one. */
    void ensure(float height) {
        if (!fits(height)) {
            newPage();
        }
    }

    void down(float dy) {
        y -= dy;
    }

    void moveTo(float newY) {
        y = newY;
    }

    static float lineHeight(float size) {
        return size * LEADING;
    }

    /** Baseline of a line whose box starts at {@code top}. */
    static float baseline(float top, float size) {
        return top - size * 0.95f;
    }

    /** Draws printable text (see {@link DocFonts#printable}) at a baseline. */
    void show(String text, Style style, float size, float x, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        try {
            cs.beginText();
            cs.setFont(fonts.font(style), size);
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            cs.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws laid-out lines from {@code top} down without flowing; returns the height used. */
    float drawLines(List<TextWrap.Line> lines, float size, float x, float boxWidth, Align align, float top) {
        float at = top;
        for (TextWrap.Line line : lines) {
            drawLine(line, size, x + align.offset(boxWidth, line.width()), baseline(at, size));
            at -= lineHeight(size);
        }
        return top - at;
    }

    private void drawLine(TextWrap.Line line, float size, float x, float baseline) {
        for (TextWrap.Piece p : line.pieces()) {
            show(p.text(), p.style(), size, x + p.x(), baseline);
        }
    }

    /** A flowing paragraph: wrapped to {@code boxWidth}, each line moved to a new page if needed. */
    void paragraph(List<Span> spans, float size, float x, float boxWidth, Align align) {
        for (TextWrap.Line line : TextWrap.wrap(fonts, spans, size, boxWidth)) {
            ensure(lineHeight(size));
            drawLine(line, size, x + align.offset(boxWidth, line.width()), baseline(y, size));
            y -= lineHeight(size);
        }
    }

    /** A flowing paragraph across the full text width. */
    void paragraph(float size, Align align, Span... spans) {
        paragraph(List.of(spans), size, left(), width(), align);
    }

    void line(float x1, float y1, float x2, float y2, float lineWidth) {
        try {
            cs.setLineWidth(lineWidth);
            cs.moveTo(x1, y1);
            cs.lineTo(x2, y2);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void strokeRect(float x, float yBottom, float w, float h, float lineWidth) {
        try {
            cs.setLineWidth(lineWidth);
            cs.addRect(x, yBottom, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDPageContentStream stream() {
        return cs;
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() {
        try {
            closeStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
