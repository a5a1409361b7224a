package vn.motcua.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs work off the FX thread and hands the outcome back on it. The desktop uses a thread
 * pool; ViewModel tests use {@link #SAME_THREAD} so they need no sleeps.
 */
public interface BackgroundRunner {
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs everything at once on the calling thread. For tests. */
    BackgroundRunner SAME_THREAD = new BackgroundRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                onFailure.accept(t);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
