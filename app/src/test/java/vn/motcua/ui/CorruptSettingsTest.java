package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** A damaged settings file: the desk still opens, says which file and what to do, and keeps it. */
class CorruptSettingsTest extends ShellTest {
    private static final String DAMAGED = "{\"language\": \"en\" ";
    @Override
    protected void prepare(Path dataDir) throws Exception {
        Files.writeString(dataDir.resolve("settings.json"), DAMAGED);
    }

    @Test
    void theClerkIsToldWhichFileAndItIsNotOverwritten(FxRobot robot) throws Exception {
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        Path settings = fixture.dataDir.resolve("settings.json");
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains(settings.toString()).contains("sửa hoặc xóa");
        robot.type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#agencyCode");
        assertThat(Files.readString(settings)).isEqualTo(DAMAGED);
    }
}
