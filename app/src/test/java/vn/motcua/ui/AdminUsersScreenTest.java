package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.Lockout;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;
import vn.motcua.security.StaffUser;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.admin.UserRow;

/**
 * The administrator's Accounts tab in the real desk, by keyboard: a bad form is refused naming
 * the field, a good one adds the account; a locked account is unlocked, a password reset, an
 * account disabled and enabled again, each reaching the database.
 */
class AdminUsersScreenTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) {
        try (AppContext context = TestOffice.initialized(dataDir)) {
            context.users().add(Actor.SYSTEM, new NewUser("thu", "Lê Thị Thu", "mat-khau-thu".toCharArray(), Set.of(Role.CLERK)));
            for (int i = 0; i < Lockout.MAX_FAILURES; i++) {
                try {
                    context.users().logIn("thu", "sai-mat-khau".toCharArray());
                } catch (UserFacingException expected) {
                    // counted: the fifth locks the account
                }
            }
        }
    }

    @Test
    void theAdministratorManagesAccountsByKeyboard(FxRobot robot) {
        logInAsAdministrator(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        ShellFixture.waitUntilVisible(robot, "#calendarGrid");
        robot.clickOn(fixture.shell.i18n().t("ui.admin.users.tab"));
        ShellFixture.waitUntilVisible(robot, "#usersTable");
        AppContext services = fixture.shellServices();
        TableView<UserRow> table = robot.lookup("#usersTable").queryTableView();
        await().until(() -> table.getItems().size() == 2);
        UserRow thu = row(table, "thu");
        assertThat(thu.locked()).isTrue();
        assertThat(thu.state()).startsWith("Tạm khóa đến");
        assertThat(thu.roles()).isEqualTo("Tiếp nhận");

        // a form with a bad user name: the service's sentence names the field, nothing is stored
        robot.clickOn("#usersUsername").write("a b").type(KeyCode.TAB).write("Phạm Văn Bình").type(KeyCode.TAB)
                .write("mat-khau-binh").type(KeyCode.ENTER);
        await().until(() -> text(robot, "#usersMessage").contains("a b"));
        assertThat(services.users().list()).hasSize(2);

        robot.doubleClickOn("#usersUsername").push(KeyCode.CONTROL, KeyCode.A).write("binh");
        robot.clickOn("#usersPassword").write("mat-khau-binh");
        robot.clickOn("#usersRoleSpecialist");
        robot.clickOn("#usersFullName").type(KeyCode.ENTER);
        await().until(() -> table.getItems().size() == 3);
        assertThat(text(robot, "#usersMessage")).contains("binh");
        assertThat(row(table, "binh").roles()).contains("Tiếp nhận").contains("Chuyên môn");
        assertThat(services.users().logIn("binh", "mat-khau-binh".toCharArray()).roles())
                .containsExactlyInAnyOrder(Role.CLERK, Role.SPECIALIST);

        select(robot, table, "thu");
        robot.push(KeyCode.ALT, KeyCode.M); // Mở khóa
        await().until(() -> !row(table, "thu").locked());
        assertThat(services.users().logIn("thu", "mat-khau-thu".toCharArray()).username()).isEqualTo("thu");

        select(robot, table, "thu");
        robot.clickOn("#usersNewPassword").write("mat-khau-moi");
        robot.clickOn("#usersReset");
        await().until(() -> text(robot, "#usersMessage").equals(fixture.shell.i18n().t("user.passwordReset", "thu")));
        assertThat(services.users().logIn("thu", "mat-khau-moi".toCharArray()).username()).isEqualTo("thu");

        select(robot, table, "thu");
        robot.push(KeyCode.ALT, KeyCode.N); // Ngừng hoạt động
        await().until(() -> !row(table, "thu").active());
        assertThat(account(services, "thu").active()).isFalse();
        select(robot, table, "thu");
        robot.push(KeyCode.ALT, KeyCode.C); // Cho hoạt động lại
        await().until(() -> row(table, "thu").active());
        assertThat(account(services, "thu").active()).isTrue();

        // selecting an account ticks its roles; the ticked roles become its roles
        select(robot, table, "binh");
        assertThat(robot.lookup("#usersRoleSpecialist").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(robot.lookup("#usersRoleChair").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isFalse();
        robot.clickOn("#usersRoleSpecialist").clickOn("#usersRoleChair");
        robot.clickOn("#usersSetRoles");
        await().until(() -> text(robot, "#usersMessage").equals(fixture.shell.i18n().t("user.rolesChanged", "binh")));
        await().until(() -> !row(table, "binh").roles().contains("Chuyên môn"));
        assertThat(services.users().logIn("binh", "mat-khau-binh".toCharArray()).roles())
                .containsExactlyInAnyOrder(Role.CLERK, Role.CHAIR);

        select(robot, table, TestOffice.ADMIN);
        robot.push(KeyCode.ALT, KeyCode.N);
        await().until(() -> text(robot, "#usersMessage").contains("quản trị viên cuối cùng"));
        assertThat(account(services, TestOffice.ADMIN).active()).isTrue();
    }

    private static UserRow row(TableView<UserRow> table, String username) {
        return table.getItems().stream().filter(r -> r.username().equals(username)).findFirst().orElseThrow();
    }

    private static void select(FxRobot robot, TableView<UserRow> table, String username) {
        robot.interact(() -> {
            table.getSelectionModel().select(row(table, username));
            table.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static StaffUser account(AppContext services, String username) {
        return services.users().list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private static String text(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return l.getText() == null ? "" : l.getText();
    }
}
