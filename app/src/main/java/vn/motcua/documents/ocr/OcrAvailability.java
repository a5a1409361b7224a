package vn.motcua.documents.ocr;

import java.util.List;

/**
 * Whether the text layer can be made on this machine. The app works without Tesseract; when it
 * is off the settings screen shows {@code reasonKey} (a message key in both bundles) so the
 * office knows which package to install.
 *
 * @param version   Tesseract's version ("5.3.0"), {@code null} when not installed
 * @param languages installed language data ("eng", "vie", …), empty when not installed
 * @param reasonKey why OCR is off, {@code null} when available
 */
public record OcrAvailability(boolean available, String version, List<String> languages, String reasonKey) {
    /** Message key: the tesseract program was not found or did not answer. */
    public static final String NOT_INSTALLED = "ocr.unavailable.notInstalled";
    /** Message key: Tesseract runs but the Vietnamese data (vie) is not installed. */
    public static final String NO_VIETNAMESE = "ocr.unavailable.noVietnamese";

    public OcrAvailability {
        languages = List.copyOf(languages);
    }

    static OcrAvailability notInstalled() {
        return new OcrAvailability(false, null, List.of(), NOT_INSTALLED);
    }

    static OcrAvailability of(String version, List<String> languages) {
        boolean vie = languages.contains(TesseractEngine.VIETNAMESE);
        return new OcrAvailability(vie, version, languages, vie ? null : NO_VIETNAMESE);
    }
}
