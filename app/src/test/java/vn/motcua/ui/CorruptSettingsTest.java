package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A damaged settings file: the desk still opens, says which file and what to do, and keeps it. */
@ExtendWith(ApplicationExtension.class)
class CorruptSettingsTest {
    private static final String DAMAGED = "{\"language\": \"en\" ";
    private final ShellFixture fixture = new ShellFixture();

    @Start
    void start(Stage stage) throws Exception {
        Files.writeString(fixture.dataDir.resolve("settings.json"), DAMAGED);
        fixture.start(stage);
    }

    @AfterEach
    void stop() {
        fixture.stop();
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
