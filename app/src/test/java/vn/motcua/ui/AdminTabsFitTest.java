package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.testing.TestOffice;

/**
 * On the commune's 1366×768 laptop every tab of the admin area shows in the tab row, none in
 * the overflow menu (where Sao lưu and Nhật ký used to hide); Vietnamese, the longer of the two.
 */
class AdminTabsFitTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) {
        TestOffice.initialized(dataDir).close();
    }

    @Test
    void everyAdminTabIsInTheRowAt1366(FxRobot robot) {
        logInAsAdministrator(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        ShellFixture.waitUntilVisible(robot, "#calendarGrid");
        ShellFixture.laptopWindow(robot);
        TabPane tabs = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                        .filter(p -> p.getTabs().stream().anyMatch(t -> "tab-audit".equals(t.getId()))).findFirst().orElseThrow();
        assertThat(tabs.getTabs()).extracting(javafx.scene.control.Tab::getId).contains("tab-backup", "tab-audit");
        double right = tabs.localToScene(tabs.getLayoutBounds()).getMaxX();
        var headers = tabs.lookupAll(".tab-header-area .tab");
        assertThat(headers).hasSize(tabs.getTabs().size());
        for (Node header : headers) {
            Bounds b = header.localToScene(header.getLayoutBounds());
            assertThat(b.getMaxX()).as("right edge of a tab header (%s)", header).isLessThanOrEqualTo(right - 20); // room for the menu arrow
        }
    }
}
