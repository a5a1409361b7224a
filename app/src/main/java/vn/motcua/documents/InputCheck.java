package vn.motcua.documents;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import vn.motcua.common.UserFacingException;

/**
 * Validates one input before anything is assembled: real type, size, pages and the pixel size
 * of every page, read from headers only. A refusal is a sentence naming the file and the limit.
 */
public final class InputCheck {
    private final ImportLimits limits;

    public InputCheck(ImportLimits limits) {
        this.limits = limits;
    }

    public CheckedFile check(Path file, String name) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.unreadable", name, String.valueOf(e.getMessage()));
        }
        if (size == 0) {
            throw new UserFacingException("documents.empty", name);
        }
        if (size > limits.maxFileBytes()) {
            throw new UserFacingException("documents.tooLarge", name, megabytes(size), megabytes(limits.maxFileBytes()));
        }
        FileKind kind = FileKind.sniff(file);
        int pages = switch (kind) {
            case PDF -> pdfPages(file, name);
            case JPEG, PNG, TIFF -> imagePages(file, name, kind);
        };
        if (pages > limits.maxPages()) {
            throw new UserFacingException("documents.tooManyPages", name, String.valueOf(pages), String.valueOf(limits.maxPages()));
        }
        return new CheckedFile(file, name, kind, pages, size);
    }

    private int imagePages(Path file, String name, FileKind kind) {
        if (kind == FileKind.JPEG && !endsWithEoi(file)) {
            throw new UserFacingException("documents.corrupt", name);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = reader(in, name);
            try {
                reader.setInput(in, false, true);
                int pages = kind == FileKind.TIFF ? reader.getNumImages(true) : 1;
                if (pages < 1) {
                    throw new UserFacingException("documents.corrupt", name);
                }
                for (int i = 0; i < pages; i++) {
                    long w = reader.getWidth(i);
                    long h = reader.getHeight(i);
                    if (w <= 0 || h <= 0) {
                        throw new UserFacingException("documents.corrupt", name);
                    }
                    if (w * h > limits.maxPixelsPerPage()) {
                        throw new UserFacingException("documents.tooManyPixels", name, String.valueOf(i + 1),
                                String.valueOf(w), String.valueOf(h), String.valueOf(limits.maxPixelsPerPage() / 1_000_000));
                    }
                }
                return pages;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw new UserFacingException(e, "documents.corrupt", name);
        }
    }

    static ImageReader reader(ImageInputStream in, String name) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new UserFacingException("documents.corrupt", name);
        }
        return readers.next();
    }

    /** A JPEG cut short (an interrupted copy or scan) has no end-of-image marker; trailing padding is allowed. */
    private static boolean endsWithEoi(Path file) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(len, 1024);
            byte[] tail = new byte[n];
            raf.seek(len - n);
            raf.readFully(tail);
            int i = n - 1;
            while (i > 0 && (tail[i] == 0 || tail[i] == '\n' || tail[i] == '\r' || tail[i] == ' ')) {
                i--;
            }
            return i >= 1 && (tail[i - 1] & 0xFF) == 0xFF && (tail[i] & 0xFF) == 0xD9;
        } catch (IOException e) {
            return false;
        }
    }

    private static int pdfPages(Path file, String name) {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            int pages = doc.getNumberOfPages();
            if (pages < 1) {
                throw new UserFacingException("documents.pdfUnreadable", name);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new UserFacingException(e, "documents.pdfEncrypted", name);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException u) {
                throw u;
            }
            throw new UserFacingException(e, "documents.pdfUnreadable", name);
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }
}
