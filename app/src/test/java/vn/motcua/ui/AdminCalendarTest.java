package vn.motcua.ui;

import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.testing.TestOffice;

/** The administrator's calendar: the month grid with lunar dates, and "why is this the due date?". */
class AdminCalendarTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) {
        TestOffice.initialized(dataDir).close();
    }

    @Test
    void theDueDateOfTheReferenceExampleIsExplained(FxRobot robot) {
        openAdminTab(robot, null, "#calendarGrid");
        org.awaitility.Awaitility.await().until(() -> robot.lookup(".calendar-day").queryAll().size() == 42);
        assertThat(robot.lookup(".calendar-lunar").queryAll()).hasSize(42);

        robot.clickOn(fixture.shell.i18n().t("admin.tab.due"));
        ShellFixture.waitUntilVisible(robot, "#dueReceivedDate");
        DatePicker date = robot.lookup("#dueReceivedDate").queryAs(DatePicker.class);
        robot.doubleClickOn(date.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("27/10/2023").type(KeyCode.TAB);
        TextField time = robot.lookup("#dueReceivedTime").queryAs(TextField.class);
        robot.doubleClickOn(time).push(KeyCode.CONTROL, KeyCode.A).write("09:32").type(KeyCode.ENTER);
        org.awaitility.Awaitility.await().until(() -> !robot.lookup("#dueResult").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#dueResult").queryAs(Label.class).getText()).isEqualTo("09:32 ngày 03/11/2023");
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#dueExplanation").queryAs(ListView.class);
        assertThat(String.join("\n", lines.getItems())).contains("03/11/2023").contains("5 ngày làm việc");

        robot.doubleClickOn(time).push(KeyCode.CONTROL, KeyCode.A).write("9 giờ").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dueMessage").queryAs(Label.class).getText()).contains("9 giờ").contains("09:30");
    }

    @Test
    void anAdministratorChecksThenAppliesAnOverlayAndABadOneIsNamedByLine(FxRobot robot) {
        openAdminTab(robot, "admin.tab.overlay", "#overlayText");
        TextArea text = robot.lookup("#overlayText").queryAs(TextArea.class);

        robot.interact(() -> text.setText("overlay 2027 version 2027.1\n2027-02-11 work Làm bù sai ngày\n"));
        robot.clickOn("#overlayCheck");
        awaitMessage(robot);
        assertThat(message(robot)).contains("dòng 2").contains("thứ Bảy hoặc Chủ nhật");

        robot.interact(() -> text.setText("""
                overlay 2027 version 2027.1
                2027-02-11 off Nghỉ Tết, hoán đổi với thứ Bảy 20/02/2027
                2027-02-20 work Làm bù cho thứ Năm 11/02/2027
                """));
        robot.clickOn("#overlayCheck");
        org.awaitility.Awaitility.await().until(() -> message(robot).startsWith("Lịch nghỉ năm 2027 phiên bản 2027.1 hợp lệ"));
        @SuppressWarnings("unchecked")
        ListView<String> changes = robot.lookup("#overlayChanges").queryAs(ListView.class);
        assertThat(changes.getItems()).hasSize(2).anySatisfy(l -> assertThat(l).startsWith("20/02/2027").contains("làm việc"));
        assertThat(fixture.shellCalendar().inForce().isWorkingDay(java.time.LocalDate.of(2027, 2, 20)))
                .as("a check stores nothing").isFalse();

        robot.clickOn("#overlayApply");
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        robot.type(KeyCode.ENTER); // the confirmation's default button is the action itself
        org.awaitility.Awaitility.await().until(() -> message(robot).startsWith("Đã áp dụng"));
        assertThat(fixture.shellCalendar().inForce().isWorkingDay(java.time.LocalDate.of(2027, 2, 20))).isTrue();
    }

    @Test
    void anAdministratorSetsTheOfficeHoursAndABadSessionIsExplained(FxRobot robot) {
        openAdminTab(robot, "admin.tab.hours", "#hoursAfternoon");
        TextField afternoon = robot.lookup("#hoursAfternoon").queryAs(TextField.class);
        org.awaitility.Awaitility.await().until(() -> "13:30-17:00".equals(afternoon.getText()));

        robot.doubleClickOn(afternoon).push(KeyCode.CONTROL, KeyCode.A).write("1 giờ chiều").type(KeyCode.ENTER);
        org.awaitility.Awaitility.await().until(() -> hoursMessage(robot).contains("1 giờ chiều"));
        assertThat(fixture.shellServices().office().hours().closing()).isEqualTo(java.time.LocalTime.of(17, 0));

        robot.doubleClickOn(afternoon).push(KeyCode.CONTROL, KeyCode.A).write("13:00-16:30").type(KeyCode.ENTER);
        org.awaitility.Awaitility.await().until(() -> hoursMessage(robot).startsWith("Đã lưu"));
        assertThat(fixture.shellServices().office().hours().closing()).isEqualTo(java.time.LocalTime.of(16, 30));
        assertThat(fixture.shellCalendar().inForce().officeHours().closing()).isEqualTo(java.time.LocalTime.of(16, 30));
    }

    /** Logs in, opens Quản trị with Ctrl+6, then the tab named by {@code tabKey} (none: the first). */
    private void openAdminTab(FxRobot robot, String tabKey, String waitFor) {
        logInAsAdministrator(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        ShellFixture.waitUntilVisible(robot, "#calendarGrid");
        if (tabKey != null) {
            robot.clickOn(fixture.shell.i18n().t(tabKey));
        }
        ShellFixture.waitUntilVisible(robot, waitFor);
    }

    private static String hoursMessage(FxRobot robot) {
        return robot.lookup("#hoursMessage").queryAs(Label.class).getText();
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#overlayMessage").queryAs(Label.class).getText();
    }

    private static void awaitMessage(FxRobot robot) {
        org.awaitility.Awaitility.await().until(() -> !message(robot).isEmpty());
    }
}
