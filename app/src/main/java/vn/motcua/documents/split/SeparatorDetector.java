package vn.motcua.documents.split;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.motcua.forms.SeparatorCode;

/**
 * Finds a separator sheet's QR code on one page image. A page may carry other QR codes (a
 * receipt's payment code, an ID card's chip code), so every code found is tried and only a
 * {@link SeparatorCode} counts. A half-size copy is read first: the sheet's 70 mm code is
 * still large there and the search is four times quicker; the full image with TRY_HARDER
 * catches a small or faint code on a photocopied sheet.
 */
final class SeparatorDetector {
    /** Pages narrower than this (in pixels) are not worth shrinking. */
    private static final int SHRINK_ABOVE = 1000;
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private SeparatorDetector() {
    }

    static Optional<SeparatorCode> find(BufferedImage page) {
        if (page.getWidth() > SHRINK_ABOVE) {
            Optional<SeparatorCode> quick = decode(half(page));
            if (quick.isPresent()) {
                return quick;
            }
        }
        return decode(page);
    }

    private static Optional<SeparatorCode> decode(BufferedImage image) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
        try {
            for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, HINTS)) {
                Optional<SeparatorCode> code = SeparatorCode.parse(r.getText());
                if (code.isPresent()) {
                    return code;
                }
            }
        } catch (NotFoundException e) {
            // no QR code on this image
        }
        return Optional.empty();
    }

    private static BufferedImage half(BufferedImage page) {
        int w = Math.max(1, page.getWidth() / 2);
        int h = Math.max(1, page.getHeight() / 2);
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        var g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(page, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return small;
    }
}
