package vn.motcua.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.logging.Logging;
import vn.motcua.logging.StartupMilestones;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.DesktopLock;
import vn.motcua.storage.SettingsStore;

/**
 * Starts the desktop: error reporting first, then the data directory and the single-instance
 * lock, then the window (before the heavy services, which start in the background).
 */
public final class DesktopApp {
    private DesktopApp() {
    }

    /** Runs the desktop until its window closes; returns the process exit code. */
    public static int run(Path dataDirOption, boolean verbose) {
        DataDirectory dir = DataDirectory.resolve(dataDirOption);
        // Before the first logger: Logback reads these properties once, when it starts.
        Logging.configure(dir.logs(), verbose ? "DEBUG" : "WARN");
        ErrorReporter errors = ErrorReporter.install();
        StartupMilestones.reached("desktop requested");
        DesktopLock lock;
        try {
            dir.prepare();
            lock = DesktopLock.acquire(dir);
        } catch (UserFacingException e) {
            return fatal(Messages.of(Language.VI), e);
        }
        CountDownLatch closed = new CountDownLatch(1);
        // The language and its strings are read on a worker while the toolkit starts; the rest of
        // the settings after the first frame (DesktopShell).
        CompletableFuture<Language> language = CompletableFuture.supplyAsync(() -> {
            Language chosen = new SettingsStore(dir.settingsFile()).language();
            Messages.of(chosen);
            return chosen;
        });
        Platform.startup(() -> {
            StartupMilestones.reached("toolkit started");
            Theme.apply();
            Stage stage = new Stage();
            // join: the worker has had the whole toolkit start to finish; nothing is shown yet
            DesktopShell.start(stage, dir, errors, () -> {
                Platform.exit();
                closed.countDown();
            }, language.join());
        });
        await(closed);
        lock.close();
        return 0;
    }

    /** Shows why the desk cannot start (the path and what to do), then ends with exit code 1. */
    private static int fatal(Messages messages, UserFacingException e) {
        System.err.println(e.localized(messages));
        CountDownLatch shown = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
                Theme.apply();
                I18n i18n = new I18n(Language.VI);
                new DialogService(i18n, () -> null).error(i18n.t("startup.failed.header"), i18n.t(e));
                shown.countDown();
            });
            await(shown);
        } catch (RuntimeException | UnsatisfiedLinkError noDisplay) {
            // no display at all: the sentence on standard error is all we can give
        }
        return 1;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
