package vn.motcua.documents.split;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.motcua.common.UserFacingException;

/**
 * Splits a scanned stack at its separator sheets (see {@code forms.SeparatorSheet}): the clerk
 * scans a whole dossier at once and this says which pages belong to which component. It only
 * reports the parts; filing them is the import's job.
 *
 * <p>The stack is one or more files in order: PDFs (every page) and JPEG or PNG images (one
 * page each), told apart by their content, not their name. Pages are numbered from 0 across
 * the files. One page image is held at a time, so a 500-page stack needs no more memory than
 * one page: PDF pages are rendered at 150 dpi in grey, the PDF's streams cached in a temporary
 * file rather than on the heap.
 */
public final class StackSplitter {
    static final float DPI = 150;
    /** A rendered or loaded page larger than this many pixels is refused (a decompression bomb). */
    static final long MAX_PIXELS = 120_000_000L;

    /** The parts of a stack made of {@code files}, in order. */
    public List<StackPart> split(List<Path> files) {
        Objects.requireNonNull(files, "files");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("A stack needs at least one file");
        }
        PartsBuilder parts = new PartsBuilder();
        int next = 0;
        for (Path file : files) {
            next = switch (kind(file)) {
                case PDF -> pdf(file, parts, next);
                case IMAGE -> image(file, parts, next);
            };
        }
        return parts.finish();
    }

    /** The parts of one stack file (a PDF, or a single image). */
    public List<StackPart> split(Path file) {
        return split(List.of(file));
    }

    private static int pdf(Path file, PartsBuilder parts, int first) {
        try (PDDocument doc = Loader.loadPDF(file.toFile(), (String) null, null, null, IOUtils.createTempFileOnlyStreamCache())) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int index = first;
            for (int i = 0; i < doc.getNumberOfPages(); i++, index++) {
                BufferedImage page = renderer.renderImageWithDPI(i, dpiFor(doc.getPage(i).getCropBox()), ImageType.GRAY);
                feed(page, parts, index);
            }
            return index;
        } catch (InvalidPasswordException e) {
            throw new UserFacingException(e, "scan.split.encrypted", file.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "scan.split.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
    }

    /** 150 dpi, less for a page so large it would exceed {@link #MAX_PIXELS}. */
    static float dpiFor(PDRectangle box) {
        double pixels = (double) box.getWidth() * box.getHeight() / (72.0 * 72.0) * DPI * DPI;
        return pixels <= MAX_PIXELS ? DPI : (float) (DPI * Math.sqrt(MAX_PIXELS / pixels));
    }

    private static int image(Path file, PartsBuilder parts, int index) {
        feed(PageImages.read(file, MAX_PIXELS), parts, index);
        return index + 1;
    }

    private static void feed(BufferedImage page, PartsBuilder parts, int index) {
        SeparatorDetector.find(page).ifPresentOrElse(parts::separator, () -> parts.page(index));
    }

    private enum Kind { PDF, IMAGE }

    /** From the first bytes: %PDF, JPEG's FF D8 FF, PNG's signature. */
    private static Kind kind(Path file) {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "scan.split.notFound", file.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "scan.split.unreadable", file.toString(), String.valueOf(e.getMessage()));
        }
        if (n >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return Kind.PDF;
        }
        if (n >= 3 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xD8 && (head[2] & 0xff) == 0xFF) {
            return Kind.IMAGE;
        }
        if (n >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Kind.IMAGE;
        }
        throw new UserFacingException("scan.split.unsupported", file.toString());
    }
}
