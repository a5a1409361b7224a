package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.AppContext;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.SyncProblem;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.shell.Area;

/** A desk shell with a real sandbox portal beside it, and the helpers the sync screen tests share. */
abstract class SyncShellTest extends ShellTest {
    protected PortalHarness portal;
    protected String first;
    protected String second;

    /** Whether the office is configured with the portal before the desk starts. */
    protected abstract boolean configured();

    @Override
    protected void prepare(Path dataDir) {
        portal = PortalHarness.start(fixture.dataDir.resolveSibling(fixture.dataDir.getFileName() + "-portal"));
        try (AppContext desk = TestOffice.initialized(dataDir)) {
            Actor clerk = Processing.staff(desk)[0];
            first = Processing.receive(desk, clerk);
            second = Processing.receive(desk, clerk);
            if (configured()) {
                desk.sync().settings().configure(Actor.SYSTEM, portal.url().toString(), PortalHarness.CLIENT,
                        PortalHarness.SECRET.toCharArray());
            }
        }
    }

    @AfterEach
    void stopPortal() {
        if (portal != null) {
            portal.close();
        }
    }

    protected void awaitStatusBar(FxRobot robot, String expected) {
        await().until(() -> text(robot, "#statusLine").equals(expected));
    }

    protected static String text(FxRobot robot, String query) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((javafx.scene.control.TextInputControl) n).getText();
    }

    protected String t(String key, Object... args) {
        return fixture.shell.i18n().t(key, args);
    }

    @SuppressWarnings("unchecked")
    protected static Area selectedArea(FxRobot robot) {
        return ((javafx.scene.control.ListView<Area>) robot.lookup("#navigation").query()).getSelectionModel().getSelectedItem();
    }
}
