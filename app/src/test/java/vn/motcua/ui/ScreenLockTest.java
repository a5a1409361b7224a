package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.admin.ProcedureRow;
import vn.motcua.ui.shell.ScreenLock;

/**
 * After the idle time the desk is covered by the lock screen: a wrong password is refused and
 * the cover stays, the right one uncovers the screen exactly as it was (the typed filter and
 * the filtered table), and "log out" goes back to the log-in screen.
 */
class ScreenLockTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) {
        System.setProperty(ScreenLock.IDLE_SECONDS, "3");
        TestOffice.initialized(dataDir).close();
    }

    @AfterEach
    void idleTimeBack() {
        System.clearProperty(ScreenLock.IDLE_SECONDS);
    }

    private void openCatalogAndFilter(FxRobot robot) {
        logInAsAdministrator(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        ShellFixture.waitUntilVisible(robot, "#calendarGrid");
        robot.clickOn(fixture.shell.i18n().t("admin.tab.catalog"));
        ShellFixture.waitUntilVisible(robot, "#catalogFilter");
        robot.clickOn("#catalogFilter").write("chung thuc");
    }

    @Test
    void theIdleDeskLocksAndOnlyTheRightPasswordUncoversItUnchanged(FxRobot robot) {
        openCatalogAndFilter(robot);
        TableView<ProcedureRow> table = robot.lookup("#catalogTable").queryTableView();
        await().until(() -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(r -> r.field().contains("Chứng thực") || r.name().contains("hứng thực")));
        int filtered = table.getItems().size();

        await().atMost(Duration.ofSeconds(20)).until(() -> visible(robot, "#screenLock"));
        assertThat(robot.lookup("#catalogFilter").query().isDisabled()).isTrue();
        assertThat(shown(robot.lookup("#catalogTable").query())).as("no citizen data shows under the lock").isFalse();
        assertThat(robot.lookup("#lockUser").queryAs(Label.class).getText()).contains(TestOffice.ADMIN);

        robot.write("sai-mat-khau").type(KeyCode.ENTER);
        await().until(() -> text(robot, "#lockMessage").equals(fixture.shell.i18n().t("login.failed")));
        assertThat(visible(robot, "#screenLock")).isTrue();

        robot.clickOn("#lockPassword").write(TestOffice.ADMIN_PASSWORD).type(KeyCode.ENTER);
        await().until(() -> !visible(robot, "#screenLock"));
        assertThat(robot.lookup("#catalogFilter").queryAs(TextField.class).getText()).isEqualTo("chung thuc");
        assertThat(robot.lookup("#catalogFilter").query().isDisabled()).isFalse();
        assertThat(table.getItems()).hasSize(filtered);
        assertThat(shown(table)).isTrue();
    }

    @Test
    void logOutOnTheLockScreenGoesBackToTheLogIn(FxRobot robot) {
        openCatalogAndFilter(robot);
        await().atMost(Duration.ofSeconds(20)).until(() -> visible(robot, "#screenLock"));
        robot.clickOn("#lockLogOut");
        ShellFixture.waitUntilVisible(robot, "#username");
        assertThat(fixture.shell.mainWindow()).isEmpty();
    }

    private static boolean visible(FxRobot robot, String id) {
        Node n = robot.lookup(id).tryQuery().orElse(null);
        return n != null && n.isVisible() && n.getScene() != null;
    }

    /** Visible itself and through every parent up to the scene. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String text(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return l.getText() == null ? "" : l.getText();
    }
}
