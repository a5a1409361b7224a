package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.ui.shell.Area;

/**
 * A clerk's first day, driven through the real screens by keyboard: first-run wizard, log-in,
 * every navigation area, the language switch, About, log-out.
 */
class DesktopFlowTest extends ShellTest {
    @Test
    void firstRunThenLogInThenEveryAreaByKeyboardThenEnglish(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#agencyCode");
        // step 1: the office (focus starts in the first field; Tab moves on, Enter is "Next")
        robot.write("000.00.06.H56").type(KeyCode.TAB)
                .write("Trung tâm Phục vụ hành chính công xã Vụ Bản").type(KeyCode.TAB)
                .write("Ninh Bình").type(KeyCode.TAB)
                .write("https://dichvucong.ninhbinh.gov.vn").type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#adminUsername");
        // step 2: the administrator; Enter is "Finish"
        fixture.awaitServices();
        robot.clickOn("#adminUsername").write("quantri").type(KeyCode.TAB)
                .write("Đặng Thị Hồng").type(KeyCode.TAB)
                .write("mat-khau-9").type(KeyCode.TAB)
                .write("mat-khau-9").type(KeyCode.ENTER);

        // the log-in screen knows who just set up the office
        ShellFixture.waitUntilVisible(robot, "#password");
        assertThat(robot.lookup("#username").queryAs(TextField.class).getText()).isEqualTo("quantri");
        robot.write("mat-khau-9").type(KeyCode.ENTER);

        ShellFixture.waitUntilVisible(robot, "#navigation");
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).contains("Đặng Thị Hồng").contains("Quản trị");
        assertThat(robot.lookup("#statusOffice").queryAs(Label.class).getText()).isEqualTo("Trung tâm Phục vụ hành chính công xã Vụ Bản");

        // Ctrl+1…6 reach every area, each saying what will come there
        for (Area area : Area.values()) {
            robot.push(KeyCode.CONTROL, KeyCode.getKeyCode(String.valueOf(area.ordinal() + 1)));
            ShellFixture.waitUntilVisible(robot, "#" + area.id() + "-view");
            assertThat(selectedArea(robot)).isEqualTo(area);
        }
        // and the arrow keys walk the list from the top
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        for (Area area : Area.values()) {
            ShellFixture.waitUntilVisible(robot, "#" + area.id() + "-view");
            assertThat(selectedArea(robot)).isEqualTo(area);
            robot.type(KeyCode.DOWN);
        }
        assertThat(robot.lookup("#calendarGrid").tryQuery()).as("the administrator's calendar").isPresent();

        // settings: switch to English; the shell is rebuilt in English on the same area
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        ShellFixture.waitUntilVisible(robot, "#languageChoice");
        robot.clickOn("#languageChoice").clickOn("English").clickOn("#settingsSave");
        ShellFixture.waitUntilVisible(robot, "#" + Area.ADMIN.id() + "-view");
        assertThat(robot.lookup("#" + Area.INTAKE.id()).queryAs(javafx.scene.control.ListCell.class).getText()).isEqualTo("Intake");
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getText()).isEqualTo("Portal line: not configured");
        assertThat(fixture.shell.i18n().t("menu.about")).isEqualTo("About");

        // F1 opens About, which names the data directory; Enter closes it
        robot.type(KeyCode.F1);
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText()).contains(fixture.dataDir.toString());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        // Ctrl+L logs out to the log-in screen, in English now
        robot.push(KeyCode.CONTROL, KeyCode.L);
        ShellFixture.waitUntilVisible(robot, "#logIn");
        assertThat(robot.lookup("#logIn").queryAs(javafx.scene.control.Button.class).getText()).isEqualTo("Log in");
    }

    @SuppressWarnings("unchecked")
    private static Area selectedArea(FxRobot robot) {
        return ((ListView<Area>) robot.lookup("#navigation").query()).getSelectionModel().getSelectedItem();
    }

}
