package vn.motcua.ui.intake;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.LoggerFactory;

/**
 * Writes the newest draft a short while after the last change (debounced), on its own thread so
 * the FX thread never waits for the disk. Writes and deletes run in the order asked on one
 * thread, so a late write can never bring back a draft that was deleted. The thread ends when
 * idle: a screen that is dropped leaves nothing running.
 */
public final class DraftAutosaver {
    private final IntakeDraftStore store;
    private final long delayMillis;
    private final ScheduledThreadPoolExecutor executor;
    private ScheduledFuture<?> pending;
    private IntakeDraft pendingDraft;

    public DraftAutosaver(IntakeDraftStore store, long delayMillis) {
        this.store = store;
        this.delayMillis = delayMillis;
        this.executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "motcua-draft");
            t.setDaemon(true);
            return t;
        });
        executor.setKeepAliveTime(2, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
    }

    public IntakeDraftStore store() {
        return store;
    }

    /** Saves {@code draft} once no newer one arrives within the delay. */
    public synchronized void changed(IntakeDraft draft) {
        if (pending != null) {
            pending.cancel(false);
        }
        pendingDraft = draft;
        pending = executor.schedule(() -> run(() -> store.save(draft)), delayMillis, TimeUnit.MILLISECONDS);
    }

    /**
     * Writes a draft still waiting for its delay now and waits until every write and delete asked
     * so far is on disk (the application closing, a test reading the file). Returns false when
     * the disk did not answer within {@code timeout}.
     */
    public boolean flush(Duration timeout) {
        Future<?> last;
        synchronized (this) {
            if (pending != null && pending.cancel(false)) {
                IntakeDraft draft = pendingDraft;
                executor.execute(() -> run(() -> store.save(draft)));
            }
            pending = null;
            pendingDraft = null;
            // one thread runs tasks in the order asked: once this no-op ran, everything before it did
            last = executor.submit(() -> { });
        }
        try {
            last.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
    }

    /** Drops any pending write and deletes the draft (after a save or a confirmed cancel). */
    public synchronized void discard() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        pendingDraft = null;
        executor.execute(() -> run(store::delete));
    }

    private static void run(Runnable io) {
        try {
            io.run();
        } catch (RuntimeException e) {
            // a draft is a safety net: a full disk must not interrupt the clerk's work
            LoggerFactory.getLogger(DraftAutosaver.class).warn("intake draft not written", e);
        }
    }
}
