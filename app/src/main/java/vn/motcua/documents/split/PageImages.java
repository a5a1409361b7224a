package vn.motcua.documents.split;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.motcua.common.UserFacingException;

/**
 * Loads one scanned page image (JPEG or PNG), after checking its declared size: a small file
 * can declare 30,000 × 30,000 pixels and would take gigabytes of memory to decode.
 */
final class PageImages {
    private PageImages() {
    }

    static BufferedImage read(Path file, long maxPixels) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new UserFacingException("scan.split.unsupported", file.toString());
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > maxPixels) {
                    throw new UserFacingException("scan.split.tooLarge", file.toString(),
                            reader.getWidth(0) + "×" + reader.getHeight(0));
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "scan.split.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }
}
