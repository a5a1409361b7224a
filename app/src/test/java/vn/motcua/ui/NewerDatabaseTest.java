package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.testing.TestOffice;

/** A database written by a newer MotCua: the desk says so with the path, closes, and changes nothing. */
@ExtendWith(ApplicationExtension.class)
class NewerDatabaseTest {
    private final ShellFixture fixture = new ShellFixture();

    private String url() {
        return "jdbc:h2:file:" + fixture.dataDir.resolve("db/motcua");
    }

    @Start
    void start(Stage stage) throws Exception {
        TestOffice.initialized(fixture.dataDir).close();
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement st = c.createStatement()) {
            st.executeUpdate("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " values (50, '50', 'newer desk', 'SQL', 'V50__newer.sql', 'sa', 1, true)");
        }
        fixture.start(stage);
    }

    @AfterEach
    void stop() {
        fixture.stop();
    }

    @Test
    void theDeskExplainsAndClosesWithoutTouchingTheData(FxRobot robot) throws Exception {
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        String text = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertThat(text).contains("phiên bản MotCua mới hơn").contains(fixture.dataDir.toString()).contains("50");
        robot.type(KeyCode.ENTER);
        Awaitility.await().untilTrue(fixture.exited);
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from office")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
