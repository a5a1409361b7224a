package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.OfficeKeys;
import vn.motcua.testing.TestOffice;

/**
 * The desk started on a PC that does not hold the office key (the data directory of a dead PC):
 * it asks for the recovery passphrase, says so when it is wrong and asks again, then opens.
 */
class UnlockShellTest extends ShellTest {
    private static final String PHRASE = "cau-long-bien-luc-5-gio";
    private OfficeKey key;
    private OfficeKeys keys;

    @Override
    protected void prepare(Path dataDir) throws Exception {
        TestOffice.initialized(dataDir).close();
        keys = OfficeKeys.of(dataDir);
        key = keys.unlock().orElseThrow();
        keys.setRecoveryPassphrase(key, PHRASE.toCharArray());
        Files.delete(keys.machine().fileOf(key.id())); // as on a new PC
    }

    @Test
    void aWrongPassphraseIsSaidAndTheRightOneOpensTheOffice(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#unlock-passphrase");
        String why = robot.lookup("#unlock-dialog .label").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.contains(key.id())).findFirst().orElse("");
        assertThat(why).contains("chưa giữ khóa").contains("nhập cụm mật khẩu khôi phục bên dưới");
        robot.clickOn("#unlock-passphrase").write("cau-long-bien-luc-6-gio").type(KeyCode.ENTER);
        Awaitility.await().until(() -> robot.lookup(".dialog-pane .content").queryAllAs(Node.class).stream()
                .anyMatch(n -> n instanceof Label l && l.getText().contains("không mở được khóa")));
        assertThat(keys.machine().fileOf(key.id())).doesNotExist();
        robot.type(KeyCode.ENTER); // closes the error; the dialog asks again
        ShellFixture.waitUntilVisible(robot, "#unlock-passphrase");
        robot.clickOn("#unlock-passphrase").write(PHRASE).type(KeyCode.ENTER);
        logInAsAdministrator(robot);
        assertThat(keys.machine().fileOf(key.id())).exists();
    }
}
