package vn.motcua.ui;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands values from a worker thread to the FX thread without flooding it: at most one
 * {@code runLater} is pending, and it shows the latest value offered (progress of an upload or a
 * bundle being written, where only the newest figure matters).
 */
public final class LatestOnFx<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final Consumer<T> show;

    public LatestOnFx(Consumer<T> show) {
        this.show = show;
    }

    /** Any thread. */
    public void offer(T value) {
        if (latest.getAndSet(value) == null) {
            Platform.runLater(() -> {
                T now = latest.getAndSet(null);
                if (now != null) {
                    show.accept(now);
                }
            });
        }
    }
}
