package vn.motcua.ui;

import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.testing.TestOffice;

/** The log-in screen of an office that exists, and what a clerk sees when something goes wrong. */
class LoginScreenTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) {
        TestOffice.initialized(dataDir).close();
    }

    @Test
    void aWrongPasswordSaysSoAndKeepsTheClerkOnTheLogInScreen(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#username");
        fixture.awaitServices();
        assertThat(robot.lookup(".text-muted").queryAs(Label.class).getText())
                .isEqualTo("Trung tâm Phục vụ hành chính công xã Vụ Bản");
        robot.clickOn("#username").write(TestOffice.ADMIN).type(KeyCode.TAB).write("sai-mat-khau").type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#loginMessage");
        org.awaitility.Awaitility.await().until(() -> !robot.lookup("#loginMessage").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#loginMessage").queryAs(Label.class).getText()).startsWith("Sai tên đăng nhập hoặc mật khẩu");
        assertThat(robot.lookup("#navigation").tryQuery()).isEmpty();

        robot.clickOn("#password").write(TestOffice.ADMIN_PASSWORD).type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#navigation");
    }

    @Test
    void anUnexpectedErrorShowsAStableCodeAndCopyableDetails(FxRobot robot) throws Exception {
        ShellFixture.waitUntilVisible(robot, "#username");
        RuntimeException bug = new IllegalStateException("simulated fault");
        Thread worker = new Thread(() -> {
            throw bug;
        }, "failing-worker");
        worker.start();
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        String code = vn.motcua.common.ErrorCode.of(bug);
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains(code);
        robot.clickOn(fixture.shell.i18n().t("error.copyDetails"));
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()));
        assertThat(copied).startsWith(code).contains("simulated fault");
        // the dialog stays open after copying, with the details folded in it
        assertThat(robot.lookup("#errorDetails").queryAs(TextArea.class).getText()).contains("IllegalStateException");
        robot.clickOn(fixture.shell.i18n().t("dialog.close"));
        // on a loaded machine the window closes a few pulses after the click: wait for it, do not sample once
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
    }
}
