package vn.motcua.documents.ocr;

/**
 * One word Tesseract recognized on a page image, with its box in image pixels (origin top
 * left) and Tesseract's confidence 0..100. {@code line} identifies the text line the word
 * belongs to on its page (block, paragraph and line numbers folded into one), so the text layer
 * can put the words of one line on one baseline and search finds whole phrases.
 */
public record OcrWord(String text, int left, int top, int width, int height, float conf, int line) {
    public OcrWord {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an OCR word has text");
        }
        if (width < 0 || height < 0) {
            throw new IllegalArgumentException("negative box: " + width + "x" + height);
        }
    }

    public int bottom() {
        return top + height;
    }
}
