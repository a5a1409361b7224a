package vn.motcua.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.motcua.common.UserFacingException;

/**
 * Small pictures of pages for the digitization screen, cheap enough to make for a 50-page stack
 * while the clerk watches. A PDF page is rendered at just the resolution the picture needs; an
 * image is decoded with subsampling, so a 300-dpi scan is never decoded at full size for a
 * thumbnail. The limits of {@link ImportLimits} hold here too: the pixel size is read from the
 * header and a page declaring too many pixels (a decompression bomb) is refused undecoded.
 */
public final class PagePreviews {
    private PagePreviews() {
    }

    /**
     * Page {@code pageIndex} of {@code file} as a picture whose longer side is at most
     * {@code maxPixels} (an image smaller than that keeps its size). The page's own rotation
     * (a PDF's /Rotate) is applied; a rotation staged on the screen is not.
     */
    public static BufferedImage render(Path file, int pageIndex, int maxPixels) {
        return render(file, pageIndex, maxPixels, ImportLimits.DEFAULTS);
    }

    public static BufferedImage render(Path file, int pageIndex, int maxPixels, ImportLimits limits) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive");
        }
        String name = FileKind.name(file);
        checkSize(file, name, limits);
        return switch (FileKind.sniff(file)) {
            case PDF -> pdf(file, name, pageIndex, maxPixels, limits);
            case JPEG, PNG, TIFF -> image(file, name, pageIndex, maxPixels, limits);
        };
    }

    /** How many pages {@code file} brings: a PDF's pages, a TIFF's images, 1 for another image. */
    public static int pageCount(Path file) {
        String name = FileKind.name(file);
        FileKind kind = FileKind.sniff(file);
        if (kind == FileKind.PDF) {
            try (PDDocument doc = load(file, name)) {
                return doc.getNumberOfPages();
            } catch (IOException e) {
                throw new UserFacingException(e, "documents.pdfUnreadable", name);
            }
        }
        if (kind != FileKind.TIFF) {
            return 1;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = InputCheck.reader(in, name);
            try {
                reader.setInput(in, false, true);
                return Math.max(1, reader.getNumImages(true));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw corrupt(e, name);
        }
    }

    private static BufferedImage image(Path file, String name, int index, int maxPixels, ImportLimits limits) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = InputCheck.reader(in, name);
            try {
                reader.setInput(in, false, true);
                long w = reader.getWidth(index);
                long h = reader.getHeight(index);
                if (w <= 0 || h <= 0) {
                    throw new UserFacingException("documents.corrupt", name);
                }
                if (w * h > limits.maxPixelsPerPage()) {
                    throw new UserFacingException("documents.tooManyPixels", name, String.valueOf(index + 1), String.valueOf(w),
                            String.valueOf(h), String.valueOf(limits.maxPixelsPerPage() / 1_000_000));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(w, h) / maxPixels);
                param.setSourceSubsampling(step, step, 0, 0);
                return fit(reader.read(index, param), maxPixels);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw corrupt(e, name);
        }
    }

    private static BufferedImage pdf(Path file, String name, int index, int maxPixels, ImportLimits limits) {
        try (PDDocument doc = load(file, name)) {
            if (index >= doc.getNumberOfPages()) {
                throw new UserFacingException("digitize.pageMissing", name, String.valueOf(index + 1),
                        String.valueOf(doc.getNumberOfPages()));
            }
            PDPage page = doc.getPage(index);
            PDRectangle box = page.getCropBox();
            float longSideInches = Math.max(box.getWidth(), box.getHeight()) / 72f;
            float dpi = Math.min(150f, maxPixels / Math.max(longSideInches, 0.1f));
            double pixels = (double) box.getWidth() / 72 * dpi * box.getHeight() / 72 * dpi;
            if (pixels > limits.maxPixelsPerPage()) {
                dpi = (float) (dpi * Math.sqrt(limits.maxPixelsPerPage() / pixels));
            }
            return fit(new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB), maxPixels);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw new UserFacingException(e, "documents.pdfUnreadable", name);
        }
    }

    private static PDDocument load(Path file, String name) throws IOException {
        try {
            return Loader.loadPDF(file.toFile(), (String) null, null, null, IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new UserFacingException(e, "documents.pdfEncrypted", name);
        }
    }

    /** Scales down (smoothly) so the longer side is at most {@code maxPixels}. */
    public static BufferedImage fit(BufferedImage image, int maxPixels) {
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = (double) maxPixels / Math.max(w, h);
        if (scale >= 1) {
            return image;
        }
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, tw, th, null);
        g.dispose();
        return out;
    }

    private static void checkSize(Path file, String name, ImportLimits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new UserFacingException("documents.tooLarge", name, String.valueOf((size + (1 << 20) - 1) >> 20),
                        String.valueOf(limits.maxFileBytes() >> 20));
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.unreadable", name, String.valueOf(e.getMessage()));
        }
    }

    private static UserFacingException corrupt(Exception e, String name) {
        return e instanceof UserFacingException u ? u : new UserFacingException(e, "documents.corrupt", name);
    }
}
