package vn.motcua.forms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The printing font, Liberation Serif (SIL OFL, metrically compatible with the Times New Roman
 * that Decree 30/2020 asks for), taken from the classpath (Maven artifact openpdf-fonts-extra).
 *
 * <p>Parsing a TrueType file costs tens of milliseconds, so each face is parsed once per
 * process and reused by every document; PDFBox never gets a chance to scan the system's fonts
 * (seconds on a Windows PC full of fonts). {@link #preloadInBackground()} at start-up makes
 * even the first receipt fast.
 *
 * <p>A parsed {@link TrueTypeFont} is not documented as thread-safe, and subsetting reads it at
 * save time, so documents using these fonts are built one at a time under {@link #lock()}.
 * A desk renders one form at a time anyway.
 */
public final class FormFonts {
    private static final Object INIT = new Object();
    private static volatile FormFonts shared;
    private static final java.util.concurrent.atomic.AtomicBoolean PRELOADING = new java.util.concurrent.atomic.AtomicBoolean();

    final Face regular;
    final Face bold;
    final Face italic;
    private final ReentrantLock lock = new ReentrantLock();

    private FormFonts(Face regular, Face bold, Face italic) {
        this.regular = regular;
        this.bold = bold;
        this.italic = italic;
    }

    /** The process-wide fonts, parsed on first use (or by {@link #preloadInBackground()}). */
    public static FormFonts shared() {
        FormFonts f = shared;
        if (f == null) {
            synchronized (INIT) {
                f = shared;
                if (f == null) {
                    f = new FormFonts(Face.load("Regular"), Face.load("Bold"), Face.load("Italic"));
                    shared = f;
                }
            }
        }
        return f;
    }

    /**
     * Starts parsing the fonts on a daemon thread, then renders one throwaway receipt so that
     * PDFBox's and ZXing's classes are loaded too: the first real receipt after start is quick.
     */
    public static void preloadInBackground() {
        if (shared != null || !PRELOADING.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> new ReceiptForm(shared()).render(WarmUp.receipt(), Copies.ONE), "form-fonts-preload");
        t.setDaemon(true);
        t.start();
    }

    ReentrantLock lock() {
        return lock;
    }

    /** One parsed face and its Unicode map (to replace characters the font cannot print). */
    static final class Face {
        final TrueTypeFont ttf;
        private final org.apache.fontbox.ttf.CmapLookup cmap;
        private final org.apache.fontbox.ttf.HorizontalMetricsTable hmtx;
        private final float toThousandths;
        /** Advance widths of BMP characters in 1/1000 em, filled on first use (-1 = not yet). */
        private final float[] bmpWidths = new float[0x10000];

        private Face(TrueTypeFont ttf) throws IOException {
            this.ttf = ttf;
            this.cmap = ttf.getUnicodeCmapLookup();
            this.hmtx = ttf.getHorizontalMetrics();
            this.toThousandths = 1000f / ttf.getHeader().getUnitsPerEm();
            java.util.Arrays.fill(bmpWidths, -1);
        }

        boolean canPrint(int codePoint) {
            return cmap.getGlyphId(codePoint) != 0;
        }

        /**
         * Advance width in 1/1000 em, read from the font's metrics directly: measuring through
         * PDFBox encodes every string again, and a receipt measures thousands of words.
         * Racing threads may both fill a slot, with the same value.
         */
        float width(int codePoint) {
            if (codePoint < bmpWidths.length) {
                float w = bmpWidths[codePoint];
                if (w < 0) {
                    w = hmtx.getAdvanceWidth(cmap.getGlyphId(codePoint)) * toThousandths;
                    bmpWidths[codePoint] = w;
                }
                return w;
            }
            return hmtx.getAdvanceWidth(cmap.getGlyphId(codePoint)) * toThousandths;
        }

        static Face load(String style) {
            String resource = "/liberation/LiberationSerif-" + style + ".ttf";
            try (InputStream in = FormFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Printing font missing from the classpath: " + resource);
                }
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                // Glyph substitution (ligatures) would run a regex-based pass on every line PDFBox
                // writes, half of a receipt's time; Vietnamese in NFC needs no substitution.
                ttf.setEnableGsub(false);
                return new Face(ttf);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read printing font " + resource, e);
            }
        }
    }
}
