package vn.motcua.documents.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tesseract's TSV → words, without Tesseract. */
class TsvParserTest {
    private static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

    @Test
    void keepsWordRowsWithBoxesConfidenceAndLine() {
        String tsv = HEADER + "\n"
                + "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n"
                + "2\t1\t1\t0\t0\t0\t200\t270\t1900\t90\t-1\t\n"
                + "4\t1\t1\t1\t1\t0\t200\t270\t1900\t90\t-1\t\n"
                + "5\t1\t1\t1\t1\t1\t200\t270\t310\t88\t96.5\tCỘNG\n"
                + "5\t1\t1\t1\t1\t2\t540\t272\t260\t86\t91.25\tHÒA\n"
                + "5\t1\t2\t1\t3\t1\t200\t500\t180\t60\t95\t   \n"
                + "5\t1\t2\t1\t3\t2\t400\t500\t220\t61\t88\t" + Normalizer.normalize("Nguyễn", Normalizer.Form.NFD) + "\n";
        List<OcrWord> words = TsvParser.parse(tsv);
        assertThat(words).extracting(OcrWord::text).containsExactly("CỘNG", "HÒA", "Nguyễn");
        OcrWord cong = words.get(0);
        assertThat(cong.left()).isEqualTo(200);
        assertThat(cong.top()).isEqualTo(270);
        assertThat(cong.width()).isEqualTo(310);
        assertThat(cong.height()).isEqualTo(88);
        assertThat(cong.conf()).isEqualTo(96.5f);
        assertThat(words.get(1).line()).isEqualTo(cong.line());
        assertThat(words.get(2).line()).isNotEqualTo(cong.line());
        // decomposed marks from the engine are stored composed (NFC)
        assertThat(words.get(2).text()).isEqualTo(Normalizer.normalize("Nguyễn", Normalizer.Form.NFC));
        assertThat(words.get(2).bottom()).isEqualTo(561);
    }

    @Test
    void toleratesWindowsLineEndsAndATruncatedLastRow() {
        String tsv = HEADER + "\r\n5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t90\tGiấy\r\n5\t1\t1\t1\t1\t2\t50";
        assertThat(TsvParser.parse(tsv)).extracting(OcrWord::text).containsExactly("Giấy");
    }

    @Test
    void emptyOutputHasNoWords() {
        assertThat(TsvParser.parse("")).isEmpty();
        assertThat(TsvParser.parse(HEADER + "\n")).isEmpty();
    }
}
