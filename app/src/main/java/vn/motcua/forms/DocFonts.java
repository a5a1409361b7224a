package vn.motcua.forms;

import java.io.IOException;
import java.text.Normalizer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The shared faces bound to one document, embedded as subsets, plus the rule that makes any
 * text printable: NFC (decomposed marks from some Windows keyboards print as loose accents),
 * control characters as spaces, characters the font lacks as "?" (PDFBox would throw).
 */
final class DocFonts {
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final PDType0Font italic;
    private final FormFonts source;

    private DocFonts(PDType0Font regular, PDType0Font bold, PDType0Font italic, FormFonts source) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
        this.source = source;
    }

    static DocFonts embed(PDDocument doc, FormFonts fonts) throws IOException {
        return new DocFonts(PDType0Font.load(doc, fonts.regular.ttf, true),
                PDType0Font.load(doc, fonts.bold.ttf, true),
                PDType0Font.load(doc, fonts.italic.ttf, true), fonts);
    }

    PDType0Font font(Style style) {
        return switch (style) {
            case REGULAR -> regular;
            case BOLD -> bold;
            case ITALIC -> italic;
        };
    }

    /** Width in points of {@code text} (already printable) at {@code size}. */
    float width(String text, Style style, float size) {
        FormFonts.Face face = face(style);
        float thousandths = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            thousandths += face.width(cp);
            i += Character.charCount(cp);
        }
        return thousandths / 1000f * size;
    }

    private FormFonts.Face face(Style style) {
        return switch (style) {
            case REGULAR -> source.regular;
            case BOLD -> source.bold;
            case ITALIC -> source.italic;
        };
    }

    /** NFC, line breaks kept as '\n', other controls as spaces, missing glyphs as '?'. */
    String printable(String text, Style style) {
        if (text == null) {
            return "";
        }
        String nfc = Normalizer.normalize(text.replace("\r\n", "\n"), Normalizer.Form.NFC);
        FormFonts.Face face = face(style);
        StringBuilder out = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else {
                out.appendCodePoint(face.canPrint(cp) ? cp : '?');
            }
        });
        return out.toString();
    }
}
