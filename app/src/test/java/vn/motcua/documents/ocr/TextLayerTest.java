package vn.motcua.documents.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text layer on its own (no Tesseract needed): searchable, placed at the boxes, images untouched. */
class TextLayerTest {
    @TempDir
    Path dir;

    @Test
    void wordsBecomeInvisibleSearchableTextAtTheirBoxes() throws Exception {
        Path in = dir.resolve("in.pdf");
        Path out = dir.resolve("out.pdf");
        ScannedPages.pdf(List.of(ScannedPages.page(List.of("a"), 80), ScannedPages.page(List.of("b"), 80)), in);
        // one line "Nguyễn Văn An" at 300 dpi: x=600 px (144 pt), bottom 1200 px (288 pt from the top)
        List<OcrWord> line = List.of(
                new OcrWord("Nguyễn", 600, 1120, 400, 80, 95, 7),
                new OcrWord("Văn", 1040, 1125, 250, 75, 95, 7),
                new OcrWord("An", 1330, 1122, 170, 78, 95, 7));
        TextLayer.add(in, out, Map.of(2, line), ScannedPages.DPI);

        assertThat(OcrJobTest.pageText(out, 1).strip()).isEmpty();
        assertThat(OcrJobTest.pageText(out, 2).strip()).isEqualTo("Nguyễn Văn An");
        assertThat(OcrJobTest.imageStreams(out)).hasSize(2).isEqualTo(OcrJobTest.imageStreams(in));

        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            float[] first = new float[2];
            float[] last = new float[1];
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition p0 = positions.get(0);
                    if (first[0] == 0) {
                        first[0] = p0.getXDirAdj();
                        first[1] = p0.getYDirAdj();
                    }
                    TextPosition pn = positions.get(positions.size() - 1);
                    last[0] = pn.getXDirAdj() + pn.getWidthDirAdj();
                }
            };
            s.setStartPage(2);
            s.setEndPage(2);
            s.getText(doc);
            float pt = 72f / ScannedPages.DPI;
            assertThat(first[0]).isCloseTo(600 * pt, org.assertj.core.data.Offset.offset(1f));
            // the line's baseline: near the bottom of the boxes (1200 px), above the descender zone
            assertThat(first[1]).isBetween(1150 * pt, 1200 * pt);
            assertThat(last[0]).isCloseTo(1500 * pt, org.assertj.core.data.Offset.offset(2f));
        }
    }
}
