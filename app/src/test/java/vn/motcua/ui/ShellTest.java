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

    /**
     * Opens the admin area (Ctrl+6) and selects the tab {@code tabId}; its header may sit in the
     * overflow menu of a narrow window, so it is selected in code. Returns the tab's text.
     */
    protected static String openAdminTab(FxRobot robot, String tabId) {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        ShellFixture.waitUntilVisible(robot, "#calendarGrid");
        javafx.scene.control.TabPane tabs = robot.lookup("#" + vn.motcua.ui.shell.Area.ADMIN.id() + "-view")
                .queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.control.Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        return tab.getText();
    }

    /** Logs in as the test office's administrator, by keyboard, and waits for the main window. */
    protected static void logInAsAdministrator(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#username");
        robot.clickOn("#username").write(TestOffice.ADMIN).type(KeyCode.TAB).write(TestOffice.ADMIN_PASSWORD).type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#navigation");
    }
}
