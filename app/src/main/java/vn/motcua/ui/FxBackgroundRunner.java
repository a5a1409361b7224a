package vn.motcua.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;

/** The app's one background pool: named daemon threads; results come back on the FX thread. */
public final class FxBackgroundRunner implements BackgroundRunner, AutoCloseable {
    private final ExecutorService pool;

    public FxBackgroundRunner(int threads) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "motcua-bg-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LoggerFactory.getLogger(FxBackgroundRunner.class)
                    .error("uncaught in {}", th.getName(), e));
            return t;
        };
        this.pool = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        pool.execute(() -> {
            assert !Platform.isFxApplicationThread();
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable t) {
                Platform.runLater(() -> onFailure.accept(t));
            }
        });
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
