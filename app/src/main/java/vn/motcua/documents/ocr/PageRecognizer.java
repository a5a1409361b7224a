package vn.motcua.documents.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/** Turns one page image into words with boxes; {@link PageOcr} is the Tesseract one. */
@FunctionalInterface
public interface PageRecognizer {
    List<OcrWord> recognize(BufferedImage page, int dpi) throws IOException;
}
