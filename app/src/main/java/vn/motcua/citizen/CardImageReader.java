package vn.motcua.citizen;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.motcua.common.UserFacingException;

/**
 * Reads the QR code of a chip ID card from a scan or a photo, offline (ZXing). Files are checked
 * for size and pixel count before they are decoded, so a wrong file (a 200-megapixel scan, a
 * PDF) is refused with a message instead of filling the memory.
 */
public final class CardImageReader {
    static final long MAX_FILE_BYTES = 30L * 1024 * 1024;
    static final long MAX_PIXELS = 60_000_000L;
    /** A card's QR code is found in a smaller copy too, and ZXing is much faster there. */
    private static final int WORKING_SIDE = 2_000;
    private static final Map<DecodeHintType, Object> HINTS = hints();

    private CardImageReader() {
    }

    /**
     * The card data in the image file, or empty when the image holds no card QR code.
     *
     * @throws UserFacingException when the file cannot be read as an image or is too large
     */
    public static Optional<CardData> read(Path image) {
        String name = image.getFileName() == null ? image.toString() : image.getFileName().toString();
        long bytes;
        try {
            bytes = Files.size(image);
        } catch (IOException e) {
            throw new UserFacingException(e, "citizen.cardImage.unreadable", name);
        }
        if (bytes > MAX_FILE_BYTES) {
            throw new UserFacingException("citizen.cardImage.tooLarge", name, String.valueOf(MAX_FILE_BYTES / 1024 / 1024));
        }
        return read(load(image, name));
    }

    /** The card data in {@code image}, or empty when it holds no card QR code. */
    public static Optional<CardData> read(BufferedImage image) {
        for (BufferedImage candidate : candidates(image)) {
            Optional<String> text = decode(candidate);
            if (text.isPresent()) {
                return ChipCardQr.parse(text.get());
            }
        }
        return Optional.empty();
    }

    private static BufferedImage load(Path image, String name) {
        try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UserFacingException("citizen.cardImage.unreadable", name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new UserFacingException("citizen.cardImage.tooManyPixels", name,
                            String.valueOf(MAX_PIXELS / 1_000_000));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw new UserFacingException(e, "citizen.cardImage.unreadable", name);
        }
    }

    /** The image as it is when small, else a reduced copy first and the full image after it. */
    private static List<BufferedImage> candidates(BufferedImage image) {
        int side = Math.max(image.getWidth(), image.getHeight());
        if (side <= WORKING_SIDE) {
            return List.of(image);
        }
        double scale = (double) WORKING_SIDE / side;
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return List.of(small, image);
    }

    private static Optional<String> decode(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            try {
                Result result = new QRCodeReader().decode(bitmap, HINTS);
                return Optional.ofNullable(result.getText());
            } catch (NotFoundException e) {
                // try the other binarizer
            } catch (ReaderException e) {
                // a damaged code: same as none found
            }
        }
        return Optional.empty();
    }

    private static Map<DecodeHintType, Object> hints() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        return Map.copyOf(hints);
    }
}
