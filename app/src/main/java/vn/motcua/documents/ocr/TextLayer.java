package vn.motcua.documents.ocr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * Adds an invisible text layer to a scanned PDF: each recognized word is drawn in rendering
 * mode "neither fill nor stroke", at its box, stretched horizontally to the box's width, so
 * search and copy find it where it is seen. The page images are not touched: the words go in a
 * content stream appended after the existing ones, and the image streams are written back as
 * they were read.
 */
public final class TextLayer {
    /** Embedded (subset) for the text layer; covers all Vietnamese letters. */
    static final String FONT = "/liberation/LiberationSerif-Regular.ttf";
    /** The baseline sits this far above a line's lowest box edge (descenders of g, p, y). */
    private static final float DESCENT = 0.2f;

    private TextLayer() {
    }

    /**
     * @param wordsByPage words per page, pages numbered from 1, boxes in pixels of a rendering of
     *                    the page at {@code dpi}; pages not in the map get no text
     */
    public static void add(Path pdfIn, Path pdfOut, Map<Integer, List<OcrWord>> wordsByPage, int dpi) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdfIn.toFile());
             InputStream fontData = TextLayer.class.getResourceAsStream(FONT)) {
            if (fontData == null) {
                throw new IOException("font missing from the classpath: " + FONT);
            }
            PDType0Font font = PDType0Font.load(doc, fontData, true);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                List<OcrWord> words = wordsByPage.getOrDefault(i + 1, List.of());
                if (!words.isEmpty()) {
                    addToPage(doc, doc.getPage(i), font, words, dpi);
                }
            }
            doc.save(pdfOut.toFile());
        }
    }

    private static void addToPage(PDDocument doc, PDPage page, PDType0Font font, List<OcrWord> words, int dpi) throws IOException {
        PDRectangle box = page.getCropBox();
        float scale = 72f / dpi;
        Map<Integer, List<OcrWord>> lines = new LinkedHashMap<>();
        for (OcrWord w : words) {
            lines.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
        }
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, AppendMode.APPEND, true, true)) {
            cs.beginText();
            cs.setRenderingMode(RenderingMode.NEITHER);
            for (List<OcrWord> line : lines.values()) {
                int bottom = line.stream().mapToInt(OcrWord::bottom).max().orElseThrow();
                int top = line.stream().mapToInt(OcrWord::top).min().orElseThrow();
                float size = Math.max(1f, (bottom - top) * scale);
                float baseline = box.getUpperRightY() - bottom * scale + size * DESCENT;
                for (OcrWord w : line) {
                    String text = encodable(font, w.text());
                    if (text.isEmpty()) {
                        continue;
                    }
                    float natural = font.getStringWidth(text) / 1000f * size;
                    float stretch = natural <= 0 ? 100f : Math.max(1f, w.width() * scale / natural * 100f);
                    cs.setFont(font, size);
                    cs.setHorizontalScaling(stretch);
                    cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getTranslateInstance(
                            box.getLowerLeftX() + w.left() * scale, baseline));
                    cs.showText(text);
                }
            }
            cs.endText();
        }
    }

    /** The word without characters the font cannot show (OCR sometimes returns odd symbols). */
    static String encodable(PDType0Font font, String text) {
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException | IOException e) {
            StringBuilder kept = new StringBuilder();
            text.codePoints().forEach(cp -> {
                String one = new String(Character.toChars(cp));
                try {
                    font.encode(one);
                    kept.append(one);
                } catch (IllegalArgumentException | IOException ignored) {
                    // dropped: a glyph the font lacks would abort the whole page
                }
            });
            return kept.toString();
        }
    }
}
