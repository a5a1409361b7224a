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

        robot.clickOn("#dossiers-tab-OVERDUE");
        await().until(() -> robot.lookup("#dossiers-page").queryAs(Label.class).getText().equals("1–1 / 1"));
        robot.clickOn(late);
        robot.type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains(late);
        robot.type(KeyCode.ENTER);

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

    @SuppressWarnings("unchecked")
    private static Area selectedArea(FxRobot robot) {
        return ((ListView<Area>) robot.lookup("#navigation").query()).getSelectionModel().getSelectedItem();
    }
}
