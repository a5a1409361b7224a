package vn.motcua.documents.ocr;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link TextLayerQueue} passes on one low-priority daemon thread while the desk is open:
 * soon after start, after each {@link #nudge()} (an import just finished) and every few minutes.
 * {@link #close()} stops between two pages; the document in hand resumes at the next start.
 */
public final class TextLayerWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TextLayerWorker.class);

    /** What the status bar shows. Called from the worker thread. */
    public interface Listener {
        /** Working on scan {@code index} of {@code count}, page {@code page} of {@code pages}. */
        void working(int index, int count, int page, int pages);

        /** The queue is empty (or the pass was stopped); {@code pass} says what it did. */
        void idle(TextLayerQueue.Pass pass);
    }

    private final TextLayerQueue queue;
    private final Listener listener;
    private final Duration every;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean running = new AtomicBoolean();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "text-layer");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY); // the clerk's screen comes first
        return t;
    });

    public TextLayerWorker(TextLayerQueue queue, Listener listener, Duration every) {
        this.queue = queue;
        this.listener = listener;
        this.every = every;
    }

    /** Starts the passes; does nothing when OCR is not available here (the settings say why). */
    public TextLayerWorker start() {
        if (queue.availability().available()) {
            thread.scheduleWithFixedDelay(this::pass, 5, every.toSeconds(), TimeUnit.SECONDS);
        }
        return this;
    }

    /** Asks for a pass now, e.g. after an import. */
    public void nudge() {
        if (!closed.get() && queue.availability().available()) {
            thread.execute(this::pass);
        }
    }

    private void pass() {
        if (closed.get() || !running.compareAndSet(false, true)) {
            return;
        }
        try {
            int[] doc = new int[2];
            TextLayerQueue.Pass pass = queue.runPending(new TextLayerQueue.Listener() {
                @Override
                public void document(int index, int count, String sha256) {
                    doc[0] = index;
                    doc[1] = count;
                    listener.working(index, count, 0, 0);
                }

                @Override
                public void page(int done, int total) {
                    listener.working(doc[0], doc[1], done, total);
                }
            }, closed::get);
            listener.idle(pass);
        } catch (RuntimeException e) {
            LOG.warn("text layer pass failed", e); // the next pass tries again
        } finally {
            running.set(false);
        }
    }

    @Override
    public void close() {
        closed.set(true);
        thread.shutdown();
    }
}
