package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.AppContext;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.DatabaseChoice;
import vn.motcua.storage.ServerConnection;
import vn.motcua.testing.PostgresServer;
import vn.motcua.testing.TestOffice;

/**
 * A new desk of an office already on its PostgreSQL server: the wizard's server step connects
 * and the desk goes straight to the log-in window of that office; an existing account logs in.
 */
class JoinServerOfficeShellTest extends ShellTest {
    private String url;

    @Override
    protected void prepare(Path dataDir) throws Exception {
        url = PostgresServer.shared().createDatabase("join");
        Path firstDesk = Files.createTempDirectory("motcua-first-desk");
        DataDirectory first = new DataDirectory(firstDesk).prepare();
        DatabaseChoice.usePostgres(first, new ServerConnection(url, PostgresServer.USER, PostgresServer.PASSWORD), AppContext.ENTITIES);
        TestOffice.initialized(firstDesk).close();
    }

    @Test
    void theNewDeskJoinsTheOfficeAtTheLogInWindow(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#setupUseServer");
        fixture.awaitServices();
        robot.clickOn("#setupUseServer");
        ShellFixture.waitUntilVisible(robot, "#serverHost");
        robot.write("localhost").type(KeyCode.TAB).eraseText(4).write(String.valueOf(PostgresServer.shared().port()));
        robot.doubleClickOn("#serverDatabase").eraseText(6).write(url.substring(url.lastIndexOf('/') + 1));
        robot.clickOn("#serverUser").write(PostgresServer.USER);
        robot.clickOn("#serverPassword").write(PostgresServer.PASSWORD).type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#username");
        org.awaitility.Awaitility.await().until(() -> robot.lookup("#loginSubtitle").queryAs(Label.class).getText()
                .equals("Trung tâm Phục vụ hành chính công xã Vụ Bản"));
        logInAsAdministrator(robot);
        assertThat(fixture.shell.services().database().vendor()).isEqualTo("postgresql");
    }
}
