package vn.motcua.documents.ocr;

import org.junit.jupiter.api.Assumptions;

/** Skips a test, saying why, where Tesseract with Vietnamese data is missing (CI installs it). */
final class OcrTesting {
    private OcrTesting() {
    }

    static OcrAvailability requireTesseract() {
        OcrAvailability a = new TesseractEngine().detect();
        if (!a.available()) {
            String reason = "skipped: " + a.reasonKey() + " (install tesseract-ocr tesseract-ocr-vie)";
            System.out.println(reason);
            Assumptions.assumeTrue(false, reason);
        }
        return a;
    }
}
