package vn.motcua.documents.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Recognizes one page with the Tesseract program: the page goes to a temporary uncompressed
 * gray PGM (far cheaper to write than PNG, and Leptonica reads it directly), Tesseract writes
 * TSV into a temporary file, and a page that takes longer than the timeout is killed.
 *
 * <p>By default each run is limited to one OpenMP thread ({@code OMP_THREAD_LIMIT=1}): on a
 * small machine Tesseract's own threading is several times slower than running pages side by
 * side, which {@link OcrJob} does.
 */
public final class PageOcr implements PageRecognizer {
    /** Fully automatic page segmentation without orientation detection. */
    static final String PAGE_SEGMENTATION = "3";

    private final String binary;
    private final String language;
    private final Duration timeout;
    private final boolean singleThreaded;

    /** Vietnamese, 2 minutes per page, one thread per page. */
    public PageOcr(TesseractEngine engine) {
        this(engine.binary(), TesseractEngine.VIETNAMESE, Duration.ofMinutes(2), true);
    }

    /**
     * @param singleThreaded {@code true} sets {@code OMP_THREAD_LIMIT=1}; {@code false} leaves
     *                       Tesseract's default threading (only the benchmark's baseline wants that)
     */
    public PageOcr(String binary, String language, Duration timeout, boolean singleThreaded) {
        this.binary = binary;
        this.language = language;
        this.timeout = timeout;
        this.singleThreaded = singleThreaded;
    }

    @Override
    public List<OcrWord> recognize(BufferedImage page, int dpi) throws IOException {
        Path image = Files.createTempFile("motcua-ocr-", ".pgm");
        Path tsv = Files.createTempFile("motcua-ocr-", ".tsv");
        try {
            writePgm(page, image);
            List<String> command = new ArrayList<>(List.of(binary, image.toString(), "stdout",
                    "-l", language, "--psm", PAGE_SEGMENTATION, "--dpi", Integer.toString(dpi), "tsv"));
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectOutput(tsv.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            Map<String, String> env = pb.environment();
            if (singleThreaded) {
                env.put("OMP_THREAD_LIMIT", "1");
            } else {
                env.remove("OMP_THREAD_LIMIT");
            }
            Process p = pb.start();
            try {
                if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("tesseract took longer than " + timeout.toSeconds() + " s on one page");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while tesseract was running", e);
            }
            if (p.exitValue() != 0) {
                throw new IOException("tesseract exited with " + p.exitValue());
            }
            return TsvParser.parse(Files.readString(tsv, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(image);
            Files.deleteIfExists(tsv);
        }
    }

    /** Binary 8-bit gray PGM ("P5"); colour pages are converted to gray first. */
    static void writePgm(BufferedImage page, Path file) throws IOException {
        BufferedImage gray = page;
        if (page.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            var g = gray.createGraphics();
            g.drawImage(page, 0, 0, null);
            g.dispose();
        }
        int w = gray.getWidth();
        int h = gray.getHeight();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            if (gray.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                    && gray.getRaster().getSampleModelTranslateX() == 0
                    && gray.getRaster().getSampleModelTranslateY() == 0
                    && buffer.getData().length == w * h) {
                out.write(buffer.getData());
            } else {
                byte[] row = new byte[w];
                int[] samples = new int[w];
                for (int y = 0; y < h; y++) {
                    gray.getRaster().getSamples(0, y, w, 1, 0, samples);
                    for (int x = 0; x < w; x++) {
                        row[x] = (byte) samples[x];
                    }
                    out.write(row);
                }
            }
        }
    }
}
