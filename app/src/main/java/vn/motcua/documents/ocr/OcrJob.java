package vn.motcua.documents.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import vn.motcua.common.Text;

/**
 * Makes a scanned PDF searchable: renders each page at 300 dpi in gray, recognizes pages side by
 * side on a small pool, records each finished page in {@code <out>.ocr-progress.json} (so a job
 * killed halfway resumes where it stopped), then writes the PDF with its invisible text layer to
 * a temporary file moved over {@code out} and deletes the progress file. Pages are rendered one
 * at a time on the calling thread (PDFBox documents are not thread-safe) and at most
 * {@code threads} page images wait or are being recognized at once, so memory stays flat for
 * long stacks.
 */
public final class OcrJob {
    public static final int DPI = 300;

    /** Told after each finished page (and once at the start, with the pages resumed). */
    @FunctionalInterface
    public interface Listener {
        void progress(int pagesDone, int pagesTotal);
    }

    /** What a run did: pages in the PDF, recognized now, taken from the progress file. */
    public record Result(int pages, int pagesRecognized, int pagesResumed) {
    }

    private final PageRecognizer recognizer;
    private final int threads;

    /** Tesseract, two pages at a time (the office PCs have two cores). */
    public OcrJob(TesseractEngine engine) {
        this(new PageOcr(engine), 2);
    }

    public OcrJob(PageRecognizer recognizer, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads " + threads);
        }
        this.recognizer = recognizer;
        this.threads = threads;
    }

    /** Where the progress of a job writing {@code out} is kept. */
    public static Path progressFile(Path out) {
        return OcrProgress.fileFor(out);
    }

    public Result run(Path pdfIn, Path pdfOut, Listener listener) throws IOException {
        OcrProgress progress = OcrProgress.open(pdfOut, sha256(pdfIn), DPI);
        int resumed;
        int total;
        AtomicInteger recognized = new AtomicInteger();
        try (PDDocument doc = Loader.loadPDF(pdfIn.toFile())) {
            total = doc.getNumberOfPages();
            resumed = progress.doneCount();
            listener.progress(resumed, total);
            recognizeMissing(doc, progress, recognized, listener);
        }
        Path tmp = pdfOut.resolveSibling(pdfOut.getFileName() + ".ocr-tmp");
        try {
            TextLayer.add(pdfIn, tmp, progress.pages(), DPI);
            Files.move(tmp, pdfOut, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        progress.delete();
        return new Result(total, recognized.get(), resumed);
    }

    private void recognizeMissing(PDDocument doc, OcrProgress progress, AtomicInteger recognized, Listener listener) throws IOException {
        int total = doc.getNumberOfPages();
        PDFRenderer renderer = new PDFRenderer(doc);
        Semaphore inFlight = new Semaphore(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ocr-page");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> pending = new ArrayList<>();
        try {
            for (int i = 0; i < total; i++) {
                int page = i + 1;
                if (progress.isDone(page)) {
                    continue;
                }
                inFlight.acquire();
                if (pending.stream().anyMatch(OcrJob::failed)) {
                    inFlight.release();
                    break; // stop rendering; the pages in flight still finish and are recorded
                }
                BufferedImage image;
                try {
                    image = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
                } catch (IOException | RuntimeException e) {
                    inFlight.release();
                    throw e;
                }
                pending.add(pool.submit(() -> {
                    try {
                        List<OcrWord> words = nfc(recognizer.recognize(image, DPI));
                        progress.record(page, words);
                        recognized.incrementAndGet();
                        listener.progress(progress.doneCount(), total);
                        return null;
                    } finally {
                        inFlight.release();
                    }
                }));
            }
            IOException failure = null;
            for (Future<?> f : pending) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("OCR interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static boolean failed(Future<?> f) {
        if (!f.isDone()) {
            return false;
        }
        try {
            f.get();
            return false;
        } catch (ExecutionException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static List<OcrWord> nfc(List<OcrWord> words) {
        List<OcrWord> out = new ArrayList<>(words.size());
        for (OcrWord w : words) {
            String text = Text.nfc(w.text());
            if (!text.isEmpty()) {
                out.add(new OcrWord(text, w.left(), w.top(), w.width(), w.height(), w.conf(), w.line()));
            }
        }
        return out;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
