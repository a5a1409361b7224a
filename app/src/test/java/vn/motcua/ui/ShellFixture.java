package vn.motcua.ui;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.storage.DataDirectory;

/** Starts the real desktop shell on a TestFX stage over a fresh data directory. */
final class ShellFixture {
    static {
        // Awaitility would otherwise take over uncaught exceptions while it waits, and the
        // desktop's own error reporter is what these tests look at.
        org.awaitility.Awaitility.doNotCatchUncaughtExceptionsByDefault();
        // CI machines share two cores: give screens time, the conditions themselves stay strict
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    final Path dataDir;
    final AtomicBoolean exited = new AtomicBoolean();
    DesktopShell shell;

    ShellFixture() {
        try {
            dataDir = Files.createTempDirectory("motcua-ui");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    void start(Stage stage) {
        Theme.apply();
        shell = DesktopShell.start(stage, new DataDirectory(dataDir).prepare(), ErrorReporter.install(), () -> exited.set(true));
    }

    /** The calendar service of the running desk (after its services opened). */
    vn.motcua.workcalendar.CalendarService shellCalendar() {
        return shellServices().calendar();
    }

    /** The services of the running desk, once opened. */
    vn.motcua.AppContext shellServices() {
        awaitServices();
        return shell.services();
    }

    void awaitServices() {
        await().atMost(Duration.ofSeconds(60)).until(() -> shell.servicesReady());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the shell (and its database) so the next test starts clean. */
    void stop() {
        if (shell != null && !exited.get()) {
            Platform.runLater(shell::quit);
            await().atMost(Duration.ofSeconds(30)).untilTrue(exited);
        }
    }

    /** The desk's window as on the commune's 1366×768 laptop (not maximized, so the size holds); returns it. */
    static Stage laptopWindow(FxRobot robot) {
        Stage stage = (Stage) robot.lookup("#navigation").query().getScene().getWindow();
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return stage;
    }

    static void waitUntilVisible(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(30)).until(() -> robot.lookup(query).tryQuery()
                .map(n -> n.isVisible() && n.getScene() != null).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
