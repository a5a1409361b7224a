package vn.motcua.documents.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TesseractEngineTest {
    @Test
    void aMissingProgramIsReportedNotThrown() {
        OcrAvailability a = new TesseractEngine("/nonexistent/motcua/tesseract").detect();
        assertThat(a.available()).isFalse();
        assertThat(a.reasonKey()).isEqualTo(OcrAvailability.NOT_INSTALLED);
        assertThat(a.version()).isNull();
        assertThat(a.languages()).isEmpty();
    }

    @Test
    void withoutVietnameseDataTheReasonSaysSo() {
        OcrAvailability a = OcrAvailability.of("5.3.0", java.util.List.of("eng", "osd"));
        assertThat(a.available()).isFalse();
        assertThat(a.reasonKey()).isEqualTo(OcrAvailability.NO_VIETNAMESE);
    }

    @Test
    void parsesVersionAndLanguageListing() {
        assertThat(TesseractEngine.parseVersion("tesseract 5.3.0\n leptonica-1.82.0\n")).isEqualTo("5.3.0");
        assertThat(TesseractEngine.parseLanguages(
                "List of available languages in \"/usr/share/tesseract-ocr/5/tessdata/\" (3):\neng\nosd\nvie\n"))
                .containsExactly("eng", "osd", "vie");
    }

    @Test
    void installedTesseractReportsVietnamese() {
        OcrAvailability a = OcrTesting.requireTesseract();
        assertThat(a.available()).isTrue();
        assertThat(a.reasonKey()).isNull();
        assertThat(a.languages()).contains("vie");
        assertThat(a.version()).matches("\\d+\\.\\d+.*");
    }
}
