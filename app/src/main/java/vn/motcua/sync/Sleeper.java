package vn.motcua.sync;

import java.time.Duration;

/** How the runner waits for its timer; the simulation passes one that moves a virtual clock. */
@FunctionalInterface
public interface Sleeper {
    /** Waits up to {@code d}; may return early (a "sync now"). */
    void sleep(Duration d) throws InterruptedException;
}
