package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.ServerConnection;
import vn.motcua.storage.Settings;
import vn.motcua.storage.SettingsStore;
import vn.motcua.testing.PostgresServer;

/**
 * A desk on the office's PostgreSQL server whose database is not there yet (or whose server is
 * down): it says what is wrong and offers Thử lại; once the database exists, the retry opens it.
 */
class ServerRetryShellTest extends ShellTest {
    private String database;

    @Override
    protected void prepare(Path dataDir) throws Exception {
        PostgresServer server = PostgresServer.shared();
        String url = server.createDatabase("retry");
        database = url.substring(url.lastIndexOf('/') + 1);
        sql("drop database " + database); // known name, not there: as if the server's administrator had not made it yet
        new SettingsStore(new DataDirectory(dataDir).prepare().settingsFile())
                .save(Settings.defaults().withServerConnection(new ServerConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)));
    }

    @Test
    void theDeskOffersARetryThatOpensTheServerOnceItIsReady(FxRobot robot) throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> dialogSays(robot, database));
        Button retry = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Thử lại")).findFirst().orElseThrow();
        robot.clickOn(retry);
        await().atMost(Duration.ofSeconds(30)).until(() -> dialogSays(robot, database)); // still not there: asked again

        sql("create database " + database + " encoding 'UTF8' template template0");
        Button again = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Thử lại")).findFirst().orElseThrow();
        robot.clickOn(again);
        await().atMost(Duration.ofSeconds(60)).until(() -> fixture.shell.servicesReady()); // migrated and opened
        assertThat(fixture.shellServices().database().vendor()).isEqualTo("postgresql");
        ShellFixture.waitUntilVisible(robot, "#setupNext"); // a fresh server database: the first-run card
        assertThat(fixture.exited.get()).isFalse();
    }

    private static boolean dialogSays(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch((Node n) -> n instanceof Label l && l.getText().contains(text));
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(PostgresServer.shared().url("postgres"), PostgresServer.USER,
                PostgresServer.PASSWORD); Statement st = c.createStatement()) {
            st.execute(statement);
        }
    }
}
