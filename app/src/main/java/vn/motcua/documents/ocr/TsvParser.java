package vn.motcua.documents.ocr;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.common.Text;

/**
 * Reads Tesseract's TSV output: keeps the word rows (level 5) with non-blank text, in NFC.
 * Columns: level page_num block_num par_num line_num word_num left top width height conf text.
 */
final class TsvParser {
    private static final int WORD_LEVEL = 5;
    private static final int COLUMNS = 12;

    private TsvParser() {
    }

    static List<OcrWord> parse(String tsv) {
        List<OcrWord> words = new ArrayList<>();
        for (String row : tsv.split("\r?\n")) {
            String[] c = row.split("\t", -1);
            if (c.length < COLUMNS || !isInt(c[0]) || Integer.parseInt(c[0]) != WORD_LEVEL) {
                continue; // header, page/block/paragraph/line rows, a truncated last row
            }
            String text = Text.nfc(String.join("\t", java.util.Arrays.copyOfRange(c, 11, c.length)));
            if (text.isEmpty()) {
                continue;
            }
            int line = Integer.parseInt(c[2]) * 1_000_000 + Integer.parseInt(c[3]) * 1_000 + Integer.parseInt(c[4]);
            words.add(new OcrWord(text, Integer.parseInt(c[6]), Integer.parseInt(c[7]),
                    Integer.parseInt(c[8]), Integer.parseInt(c[9]), Float.parseFloat(c[10]), line));
        }
        return words;
    }

    private static boolean isInt(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
