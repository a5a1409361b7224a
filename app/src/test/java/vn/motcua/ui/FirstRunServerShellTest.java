package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.DatabaseChoice;
import vn.motcua.storage.ServerConnection;
import vn.motcua.testing.PostgresServer;
import vn.motcua.testing.TestOffice;

/**
 * The first desk of an office on a PostgreSQL server: the wizard's server step checks what is
 * typed, says why a connection is refused without remembering anything, then connects, creates
 * the office on the server and logs in there.
 */
class FirstRunServerShellTest extends ShellTest {
    @Test
    void theWizardCreatesTheOfficeOnTheServer(FxRobot robot) throws Exception {
        String url = PostgresServer.shared().createDatabase("wizard");
        String database = url.substring(url.lastIndexOf('/') + 1);
        ShellFixture.waitUntilVisible(robot, "#setupUseServer");
        fixture.awaitServices(); // the local default the wizard opened meanwhile
        robot.clickOn("#setupUseServer");
        ShellFixture.waitUntilVisible(robot, "#serverHost");
        assertThat(robot.lookup("#serverHost").query().isFocused()).isTrue();

        robot.write("127.0.0.1").type(KeyCode.TAB).eraseText(4).write("54x").type(KeyCode.ENTER);
        assertThat(message(robot)).contains("1 đến 65535");
        robot.doubleClickOn("#serverPort").eraseText(3).write(String.valueOf(PostgresServer.shared().port()));
        robot.doubleClickOn("#serverDatabase").eraseText(6).write(database);
        robot.clickOn("#serverUser").write(PostgresServer.USER);
        robot.clickOn("#serverPassword").write("not-the-password").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(30)).until(() -> !message(robot).isEmpty());
        assertThat(message(robot)).contains("127.0.0.1:" + PostgresServer.shared().port());
        assertThat(message(robot)).contains("sai tài khoản hoặc mật khẩu").doesNotContain("--user");
        assertThat(robot.lookup("#serverPassword").queryAs(javafx.scene.control.PasswordField.class).getText()).isEmpty();
        assertThat(DatabaseChoice.configured(new DataDirectory(fixture.dataDir))).isNull(); // nothing remembered

        robot.clickOn("#serverPassword").write(PostgresServer.PASSWORD).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(60)).until(() -> !robot.lookup("#setupConnected").queryAs(Label.class).getText().isEmpty());
        assertThat(robot.lookup("#setupConnected").queryAs(Label.class).getText()).contains(database);
        assertThat(fixture.shell.services().database().vendor()).isEqualTo("postgresql");
        ServerConnection remembered = DatabaseChoice.configured(new DataDirectory(fixture.dataDir));
        assertThat(remembered.location()).endsWith("/" + database);
        assertThat(Files.readString(fixture.dataDir.resolve("settings.json"))).doesNotContain(PostgresServer.PASSWORD);

        robot.clickOn("#agencyCode").write(TestOffice.AGENCY).type(KeyCode.TAB).write("Trung tâm xã Vụ Bản").type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#adminUsername");
        robot.write(TestOffice.ADMIN).type(KeyCode.TAB).write("Trần Văn Quản").type(KeyCode.TAB)
                .write(TestOffice.ADMIN_PASSWORD).type(KeyCode.TAB).write(TestOffice.ADMIN_PASSWORD).type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#password");
        robot.clickOn("#password").write(TestOffice.ADMIN_PASSWORD).type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#navigation");
        try (var c = java.sql.DriverManager.getConnection(url, PostgresServer.USER, PostgresServer.PASSWORD);
             var rs = c.createStatement().executeQuery("select count(*) from app_user where username = '" + TestOffice.ADMIN + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1); // the administrator lives on the server
        }
    }

    private static String message(FxRobot robot) {
        return robot.lookup("#setupMessage").queryAs(Label.class).getText();
    }
}
