package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.testing.TestOffice;

/**
 * The log-in window is painted on the language alone (the rest of settings.json is read after
 * the first frame): a desk set to English opens in English.
 */
class StartupLanguageShellTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) throws Exception {
        TestOffice.initialized(dataDir).close();
        Files.writeString(dataDir.resolve("settings.json"), "{\"ocr\": {\"enabled\": false}, \"language\": \"en\"}");
    }

    @Test
    void theLogInWindowSpeaksTheChosenLanguage(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#logIn");
        assertThat(robot.lookup("#logIn").queryAs(Button.class).getText())
                .isEqualTo(Messages.of(Language.EN).get("login.submit"))
                .isNotEqualTo(Messages.of(Language.VI).get("login.submit"));
        fixture.awaitServices();
        logInAsAdministrator(robot);
    }
}
