package vn.motcua.ui.intake;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.util.Map;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A QR code as a JavaFX image, painted pixel by pixel from ZXing's matrix (no javafx-swing).
 * Safe to call off the FX thread: an image not yet shown is not part of the scene.
 */
final class QrImage {
    private static final int DARK = 0xFF000000;
    private static final int LIGHT = 0xFFFFFFFF;

    private QrImage() {
    }

    /** {@code text} in UTF-8 with a two-module quiet zone, about {@code size} pixels square. */
    static WritableImage of(String text, int size) {
        BitMatrix matrix = matrix(text, size);
        int w = matrix.getWidth();
        int h = matrix.getHeight();
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = matrix.get(x, y) ? DARK : LIGHT;
            }
        }
        WritableImage image = new WritableImage(w, h);
        image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return image;
    }

    /** The modules of the code, scaled by ZXing to about {@code size} pixels. */
    static BitMatrix matrix(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }
}
