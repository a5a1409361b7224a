package vn.motcua.forms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 *
 * <p>A part may instead be numbered "Trang x/y" on every page ({@link Numbering#OF_TOTAL}, for
 * long tables whose pages get separated): the total is known only at the part's end, so those
 * numbers are stamped onto the part's pages when it ends. The page may be A4 landscape for a
 * wide register; the margins stay the same, measured on the page as it lies.
 */
final class PageWriter implements AutoCloseable {
    static final float MM = 72f / 25.4f;
    static final float LEADING = 1.22f;
    static final PDRectangle A4_PORTRAIT = PDRectangle.A4;
    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float NUMBER_SIZE = 13;
    /** Custom document-information key holding where the visible digital signature goes. */
    static final String SIGNATURE_BOX_KEY = "MotCuaSignatureBox";

    /** How the pages of a part are numbered. */
    enum Numbering {
        /** Decree 30/2020: the bare number, centred at the top, from page 2 on. */
        FROM_PAGE_2,
        /** "Trang x/y" centred at the top of every page when the part has more than one page. */
        OF_TOTAL
    }

    private static final float TOP = 20 * MM;
    private static final float BOTTOM = 20 * MM;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = 15 * MM;

    private final PDDocument doc;
    private final DocFonts fonts;
    private final PDRectangle pageSize;
    private final List<PDPage> partPages = new ArrayList<>();
    private Numbering numbering = Numbering.FROM_PAGE_2;
    private PDPageContentStream cs;
    private int pageInPart;
    private float y;

    PageWriter(PDDocument doc, DocFonts fonts) {
        this(doc, fonts, A4_PORTRAIT);
    }

    PageWriter(PDDocument doc, DocFonts fonts, PDRectangle page) {
        this.doc = doc;
        this.fonts = fonts;
        this.pageSize = page;
    }

    DocFonts fonts() {
        return fonts;
    }

    float left() {
        return LEFT;
    }

    float right() {
        return pageSize.getWidth() - RIGHT;
    }

    float width() {
        return right() - left();
    }

    float y() {
        return y;
    }

    /** The height a page offers between its margins. */
    float pageHeight() {
        return pageSize.getHeight() - TOP - BOTTOM;
    }

    /** The page size (portrait or landscape A4). */
    PDRectangle pageSize() {
        return pageSize;
    }

    /** Starts a new part (a copy) on a fresh page numbered 1. */
    void startPart() {
        startPart(Numbering.FROM_PAGE_2);
    }

    /** Starts a new part on a fresh page, its pages numbered as {@code how}. */
    void startPart(Numbering how) {
        try {
            closeStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        finishPart();
        numbering = how;
        pageInPart = 0;
        newPage();
    }

    void newPage() {
        try {
            closeStream();
            PDPage page = new PDPage(pageSize);
            doc.addPage(page);
            partPages.add(page);
            cs = new PDPageContentStream(doc, page);
            pageInPart++;
            y = pageSize.getHeight() - TOP;
            if (pageInPart > 1 && numbering == Numbering.FROM_PAGE_2) {
                showNumber(Integer.toString(pageInPart));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void showNumber(String n) {
        show(n, Style.REGULAR, NUMBER_SIZE, (pageSize.getWidth() + LEFT - RIGHT - fonts.width(n, Style.REGULAR, NUMBER_SIZE)) / 2,
                pageSize.getHeight() - 12 * MM);
    }

    /** Stamps "Trang x/y" on the ending part's pages when it is numbered {@link Numbering#OF_TOTAL}. */
    private void finishPart() {
        if (numbering == Numbering.OF_TOTAL && partPages.size() > 1) {
            PDPageContentStream current = cs;
            try {
                for (int i = 0; i < partPages.size(); i++) {
                    try (PDPageContentStream stamp = new PDPageContentStream(doc, partPages.get(i),
                            PDPageContentStream.AppendMode.APPEND, true, true)) {
                        cs = stamp;
                        showNumber("Trang " + (i + 1) + "/" + partPages.size());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                cs = current;
            }
        }
        partPages.clear();
    }

    /** Room left on this page above the bottom margin. */
    float room() {
        return y - BOTTOM;
    }

    /**
     * Records, in the document information, the box on the current page kept free for a visible
     * digital signature (see {@link SignatureBox}); {@code yBottom} in points from the page bottom.
     */
    void markSignatureBox(float x, float yBottom, float width, float height) {
        SignatureBox box = new SignatureBox(doc.getNumberOfPages(), x, yBottom, width, height);
        doc.getDocumentInformation().setCustomMetadataValue(SIGNATURE_BOX_KEY, box.encode());
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
            finishPart();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
