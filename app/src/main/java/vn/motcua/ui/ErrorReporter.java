package vn.motcua.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.slf4j.LoggerFactory;
import vn.motcua.common.ErrorCode;

/**
 * The default uncaught-exception handler, installed before anything else: logs the error with
 * its code and shows it once. A burst of the same failure gives one dialog, not fifty.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {
    private final AtomicBoolean showing = new AtomicBoolean();
    private volatile DialogService dialogs;

    public static ErrorReporter install() {
        ErrorReporter reporter = new ErrorReporter();
        Thread.setDefaultUncaughtExceptionHandler(reporter);
        return reporter;
    }

    public void attach(DialogService dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        report(error);
    }

    public void report(Throwable error) {
        // the logger is looked up here, not at class load: Logback starts after the first frame
        LoggerFactory.getLogger(ErrorReporter.class).error("unexpected error {} on {}", ErrorCode.of(error), Thread.currentThread().getName(), error);
        DialogService d = dialogs;
        if (d == null || !showing.compareAndSet(false, true)) {
            return;
        }
        Runnable show = () -> {
            try {
                d.unexpected(error);
            } finally {
                showing.set(false);
            }
        };
        // Always later: showAndWait is refused while a pulse is laying out or animating.
        Platform.runLater(show);
    }
}
