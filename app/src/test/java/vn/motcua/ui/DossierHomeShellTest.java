package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.PasswordHasher;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.shell.Area;

/**
 * The dossier list wired into the shell: it is the screen after log-in, the status bar counts
 * the overdue dossier, and the morning summary comes once per user per day.
 */
class DossierHomeShellTest extends ShellTest {
    private String late;

    @Override
    protected void prepare(Path dataDir) {
        TestOffice.initialized(dataDir).close();
        // received 40 days ago (7 working days allowed): overdue by the real clock the shell runs on
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(40)), ZoneOffset.UTC);
        try (AppContext context = AppContext.open(new DataDirectory(dataDir).prepare(), new PasswordHasher(1_000), past)) {
            late = context.intake().receive(context.users().actingAs(TestOffice.ADMIN), Intakes.accept(context, Intakes.RESIDENCE)).code();
        }
    }

    @Test
    void theListIsTheHomeScreenWithTheBadgeAndTheMorningSummaryOnce(FxRobot robot) {
        logInAsAdministrator(robot);
        ShellFixture.waitUntilVisible(robot, "#morning-summary");
        assertThat(robot.lookup("#morning-counts").queryAs(Label.class).getText())
                .isEqualTo(fixture.shell.i18n().t("dossiers.morning.counts", "0", "1", "0"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedArea(robot)).isEqualTo(Area.DOSSIERS);
        ShellFixture.waitUntilVisible(robot, "#statusDue");
        assertThat(robot.lookup("#statusDue").queryAs(Label.class).getText()).isEqualTo(fixture.shell.i18n().t("dossiers.badge", "0", "1"));

        // the clerk's day, by keyboard: find the citizen by a folded name, open the dossier, hand it over,
        // ask for a supplement, record it, extend with the apology letter, back to the list
        robot.clickOn("#dossiers-tab-OVERDUE");
        robot.push(KeyCode.CONTROL, KeyCode.F).write("nguyen van an").type(KeyCode.ENTER);
        await().until(() -> robot.lookup("#dossiers-page").queryAs(Label.class).getText().equals("1–1 / 1"));
        robot.type(KeyCode.ENTER);
        dialog(robot, "#dossier-fact-code");
        assertThat(robot.lookup("#dossier-fact-code").queryAs(Label.class).getText()).isEqualTo(late);
        robot.push(KeyCode.CONTROL, KeyCode.H);
        dialog(robot, "#dossier-handOver-dialog");
        robot.type(KeyCode.DOWN).type(KeyCode.TAB).write("Công an xã").type(KeyCode.TAB).write("2").type(KeyCode.TAB)
                .write("Xác minh cư trú").type(KeyCode.ENTER);
        await().until(() -> story().steps().size() == 1);
        awaitIdle(robot);
        robot.push(KeyCode.CONTROL, KeyCode.B);
        dialog(robot, "#dossier-supplement-dialog");
        robot.write("Bổ sung giấy xác nhận chỗ ở hợp pháp").type(KeyCode.ENTER);
        await().until(() -> story().rounds().size() == 1);
        dialog(robot, ".dialog-pane"); // the offer to print form 02
        robot.type(KeyCode.ESCAPE);
        awaitIdle(robot);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        dialog(robot, "#dossier-received-dialog");
        robot.write("Đã nhận đủ").type(KeyCode.ENTER);
        await().until(() -> !story().rounds().get(0).open());
        awaitIdle(robot);
        robot.push(KeyCode.CONTROL, KeyCode.G);
        dialog(robot, "#dossier-extend-dialog");
        robot.write("2").type(KeyCode.TAB).write("Chờ kết quả xác minh").type(KeyCode.ENTER);
        await().until(() -> story().extensions().size() == 1);
        dialog(robot, ".dialog-pane"); // the offer to print form 04
        robot.type(KeyCode.ESCAPE);
        dialog(robot, "#dossier-form-04");
        assertThat(story().dossier().status()).isEqualTo(vn.motcua.dossier.DossierStatus.IN_PROCESS);
        assertThat(fixture.shellServices().dossierForms().render("04", late, vn.motcua.forms.Copies.ONE)).isNotEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.W);
        ShellFixture.waitUntilVisible(robot, "#dossiers-table");
        assertThat(robot.lookup("#dossier-fact-code").tryQuery()).isEmpty();

        // log out and in again the same day: the badge, no second summary
        robot.push(KeyCode.CONTROL, KeyCode.L);
        ShellFixture.waitUntilVisible(robot, "#password"); // the user name is still there
        robot.clickOn("#password").write(TestOffice.ADMIN_PASSWORD).type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#navigation");
        ShellFixture.waitUntilVisible(robot, "#statusDue");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#morning-summary").tryQuery()).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        ShellFixture.waitUntilVisible(robot, "#area-intake-view");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        ShellFixture.waitUntilVisible(robot, "#area-dossiers-view");
    }

    private vn.motcua.dossier.DossierStory story() {
        return fixture.shellServices().dossierQuery().story(late);
    }

    /** Waits for a dialog (or node) and sends the next keys to its window. */
    private static void dialog(FxRobot robot, String query) {
        ShellFixture.waitUntilVisible(robot, query);
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup(query).query().getScene().getWindow());
    }

    /** The view has reloaded after the last action (its busy flag is down). */
    private static void awaitIdle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        await().until(() -> {
            javafx.scene.Node n = robot.lookup("#dossier-fact-code").tryQuery().orElse(null);
            while (n != null && vn.motcua.ui.dossier.DossierView.of(n).isEmpty()) {
                n = n.getParent();
            }
            return n != null && !vn.motcua.ui.dossier.DossierView.of(n).orElseThrow().viewModel().busyProperty().get();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static Area selectedArea(FxRobot robot) {
        return ((ListView<Area>) robot.lookup("#navigation").query()).getSelectionModel().getSelectedItem();
    }
}
