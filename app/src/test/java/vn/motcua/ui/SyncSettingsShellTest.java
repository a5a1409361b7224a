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

/** A desk whose office has no portal yet: the status bar says so, and the administrator configures it from the panel. */
class SyncSettingsShellTest extends SyncShellTest {
    @Override
    protected boolean configured() {
        return false;
    }

    @Test
    void aDeskWithoutAPortalSaysSoAndIsConfiguredFromThePanel(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        awaitStatusBar(robot, t("status.line.notConfigured"));
        robot.clickOn("#statusLine");
        ShellFixture.waitUntilVisible(robot, "#syncPortalUrl");
        assertThat(text(robot, "#syncLine")).isEqualTo(t("syncPanel.line.notConfigured"));
        assertThat(robot.lookup("#syncNow").queryButton().isDisabled()).isTrue();

        robot.clickOn("#syncPortalUrl").write("cong dich vu");
        robot.clickOn("#syncClientId").write(PortalHarness.CLIENT);
        robot.clickOn("#syncSecret").write(PortalHarness.SECRET);
        robot.clickOn("#syncSaveSettings");
        await().until(() -> text(robot, "#syncMessage").contains("cong dich vu")); // says what is wrong, nothing saved
        assertThat(fixture.shellServices().sync().settings().current()).isEmpty();

        robot.doubleClickOn("#syncPortalUrl").eraseText(20).write(portal.url().toString());
        robot.clickOn("#syncSecret").write(PortalHarness.SECRET);
        robot.clickOn("#syncSaveSettings");
        await().until(() -> SandboxClient.of(portal.url()).dossiers().size() == 2);
        awaitStatusBar(robot, t("status.line.queue", t("status.line.up"), "0"));
        assertThat(text(robot, "#syncSecret")).isEmpty(); // the secret is not kept on screen
    }

}
