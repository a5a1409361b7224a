package vn.motcua.sync;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's own sync: one background runner while the application is open, started as soon
 * as the portal is configured, rebuilt when its settings change, stopped (lease given up) on
 * exit. The runner's lease keeps it to one per office database, so a second desk's DeskSync
 * simply waits its turn.
 */
public final class DeskSync implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeskSync.class);
    private final SyncEngine engine;
    private final List<SyncListener> listeners = new CopyOnWriteArrayList<>();
    private SyncRunner runner;

    public DeskSync(SyncEngine engine) {
        this.engine = engine;
    }

    /** Starts the runner if the portal is configured and none runs yet; true when one runs. */
    public synchronized boolean start() {
        if (runner != null) {
            return true;
        }
        if (engine.settings().current().isEmpty()) {
            return false;
        }
        SyncRunner r = engine.runner();
        listeners.forEach(r::addListener);
        r.start();
        runner = r;
        LOG.info("background sync started");
        return true;
    }

    /** New portal settings: the running runner (with the old adapter) is replaced. */
    public synchronized boolean restart() {
        stop();
        return start();
    }

    /** "Đồng bộ ngay": every waiting action due at once and the runner woken (started if it was not). */
    public synchronized void syncNow() {
        if (runner == null && !start()) {
            return;
        }
        runner.syncNow();
    }

    public synchronized boolean running() {
        return runner != null;
    }

    /** Receives every runner's events, on the runner's thread. */
    public void addListener(SyncListener l) {
        listeners.add(l);
        synchronized (this) {
            if (runner != null) {
                runner.addListener(l);
            }
        }
    }

    public void removeListener(SyncListener l) {
        listeners.remove(l);
        synchronized (this) {
            if (runner != null) {
                runner.removeListener(l);
            }
        }
    }

    /** Stops the runner and gives up its lease, so another desk can take over at once. */
    public synchronized void stop() {
        if (runner != null) {
            runner.stop();
            runner = null;
        }
    }

    @Override
    public void close() {
        stop();
    }
}
