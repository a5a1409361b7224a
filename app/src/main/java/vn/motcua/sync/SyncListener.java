package vn.motcua.sync;

/** Receives the runner's progress; called on the runner's thread, so it hands work off and returns. */
@FunctionalInterface
public interface SyncListener {
    void onEvent(SyncEvent event);
}
