package vn.motcua.ui;

import java.nio.file.Path;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.testing.TestOffice;

/** A database written by a newer MotCua: the desk says so with the path, closes, and changes nothing. */
class NewerDatabaseTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) throws Exception {
        TestOffice.initialized(dataDir).close();
        try (Connection c = vn.motcua.testing.H2Login.connect(dataDir.resolve("db/motcua"), "");
             Statement st = c.createStatement()) {
            st.executeUpdate("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                    + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\")"
                    + " values (50, '50', 'newer desk', 'SQL', 'V50__newer.sql', 'sa', 1, true)");
        }
    }

    @Test
    void theDeskExplainsAndClosesWithoutTouchingTheData(FxRobot robot) throws Exception {
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        String text = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertThat(text).contains("phiên bản MotCua mới hơn").contains(fixture.dataDir.toString()).contains("50");
        robot.type(KeyCode.ENTER);
        Awaitility.await().untilTrue(fixture.exited);
        try (Connection c = vn.motcua.testing.H2Login.connect(fixture.dataDir.resolve("db/motcua"), ""); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from office")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }
}
