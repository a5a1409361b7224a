package vn.motcua.ui;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;
import vn.motcua.testing.TestOffice;

/** A TestFX test of the real desktop shell over a fresh data directory, closed after each test. */
@ExtendWith(ApplicationExtension.class)
abstract class ShellTest {
    protected final ShellFixture fixture = new ShellFixture();

    /** Prepares the data directory before the desk starts (an office, a damaged file…). */
    protected void prepare(Path dataDir) throws Exception {
    }

    // TestFX looks for @Start only among a class's own methods, so the base class starts the
    // shell itself, after the extension has registered the stage.
    @BeforeEach
    void startShell() throws Exception {
        prepare(fixture.dataDir);
        FxToolkit.setupStage(fixture::start);
    }

    @AfterEach
    void stop() {
        fixture.stop();
    }

    /** Logs in as the test office's administrator, by keyboard, and waits for the main window. */
    protected static void logInAsAdministrator(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#username");
        robot.clickOn("#username").write(TestOffice.ADMIN).type(KeyCode.TAB).write(TestOffice.ADMIN_PASSWORD).type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#navigation");
    }
}
