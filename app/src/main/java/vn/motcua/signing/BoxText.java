package vn.motcua.signing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The signature box's font: the printing font of the forms (Liberation Serif, from the same
 * classpath resource {@code vn.motcua.forms.FormFonts} reads), embedded as a subset so the
 * Vietnamese name shows in any reader. A fresh parse per signature: signing is rare, and the
 * forms' shared parsed font is guarded by the forms' own lock.
 */
final class BoxText implements java.io.Closeable {
    private final TrueTypeFont regularTtf;
    private final TrueTypeFont boldTtf;
    final PDType0Font regular;
    final PDType0Font bold;

    private BoxText(PDDocument doc, TrueTypeFont regularTtf, TrueTypeFont boldTtf) throws IOException {
        this.regularTtf = regularTtf;
        this.boldTtf = boldTtf;
        this.regular = PDType0Font.load(doc, regularTtf, true);
        this.bold = PDType0Font.load(doc, boldTtf, true);
    }

    static BoxText embed(PDDocument doc) throws IOException {
        return new BoxText(doc, parse("Regular"), parse("Bold"));
    }

    /** NFC, controls as spaces, characters the font lacks as '?' (PDFBox would throw). */
    String printable(String text) throws IOException {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) {
                out.append(' ');
            } else {
                boolean printable = regularTtf.getUnicodeCmapLookup().getGlyphId(cp) != 0
                        && boldTtf.getUnicodeCmapLookup().getGlyphId(cp) != 0;
                out.appendCodePoint(printable ? cp : '?');
            }
        }
        return out.toString();
    }

    /** Words of {@code text} flowed into lines no wider than {@code width} points. */
    List<String> wrap(String text, PDType0Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && width(candidate, font, size) > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    static float width(String text, PDType0Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    /** Frees the parsed fonts; call after the document using them is saved (subsetting reads them). */
    @Override
    public void close() throws IOException {
        regularTtf.close();
        boldTtf.close();
    }

    private static TrueTypeFont parse(String style) {
        String resource = "/liberation/LiberationSerif-" + style + ".ttf";
        try (InputStream in = BoxText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Printing font missing from the classpath: " + resource);
            }
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read printing font " + resource, e);
        }
    }
}
