package vn.motcua.forms;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Draws a QR code as vector squares (no bitmap: it stays sharp at any printer resolution and
 * adds a few hundred bytes). UTF-8, error correction M. The caller leaves white space around
 * it: nothing else is drawn within the quiet zone.
 */
final class QrDrawer {
    private QrDrawer() {
    }

    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(Normalizer.normalize(text, Normalizer.Form.NFC),
                    com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 0,
                            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Text too long for a QR code (" + text.length() + " characters)", e);
        }
    }

    /** Draws {@code text} as a QR code {@code size} points wide with its top-left corner at (x, top). */
    static void draw(PageWriter w, String text, float x, float top, float size) {
        BitMatrix m = encode(text);
        float module = size / m.getWidth();
        PDPageContentStream cs = w.stream();
        try {
            for (int row = 0; row < m.getHeight(); row++) {
                int col = 0;
                while (col < m.getWidth()) {
                    if (!m.get(col, row)) {
                        col++;
                        continue;
                    }
                    int start = col;
                    while (col < m.getWidth() && m.get(col, row)) {
                        col++;
                    }
                    cs.addRect(x + start * module, top - (row + 1) * module, (col - start) * module, module);
                }
            }
            cs.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
