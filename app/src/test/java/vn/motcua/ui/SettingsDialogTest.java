package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.common.Messages;
import vn.motcua.common.Language;
import vn.motcua.documents.ocr.OcrAvailability;
import vn.motcua.storage.Settings;
import vn.motcua.storage.SettingsStore;
import vn.motcua.testing.TestOffice;

/**
 * The settings dialog edits the desk's scan settings: a scanner command without {@code {out}} is
 * refused with the reason and the dialog stays; valid values are saved to settings.json and the
 * OCR switch takes effect on the digitization screen at once.
 */
class SettingsDialogTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) throws Exception {
        TestOffice.initialized(dataDir).close();
    }

    @Test
    void scanSettingsAreSavedAndACommandWithoutOutIsRefused(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        Path folder = Files.createTempDirectory("motcua-hot");
        robot.push(KeyCode.CONTROL, KeyCode.COMMA);
        ShellFixture.waitUntilVisible(robot, "#settings-scanCommand");
        OcrAvailability ocr = fixture.shellServices().textLayers().availability();
        Messages vi = Messages.of(Language.VI);
        assertThat(robot.lookup("#settings-ocrState").queryAs(Label.class).getText()).isEqualTo(ocr.available()
                ? vi.get("settings.ocr.available", ocr.version()) : vi.get(ocr.reasonKey()));
        assertThat(robot.lookup("#settings-ocr").queryAs(CheckBox.class).isSelected()).as("OCR is on by default").isTrue();

        TextField command = robot.lookup("#settings-scanCommand").queryAs(TextField.class);
        robot.clickOn(command).write("scanimage --format=tiff");
        robot.clickOn("#settingsSave");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-problem").queryAs(Label.class).getText())
                .isEqualTo("Lệnh quét «scanimage --format=tiff» không có {out} ở chỗ tên tệp kết quả. "
                        + "Hãy thêm {out} vào lệnh quét trong phần Cài đặt.");
        assertThat(robot.lookup("#settings-scanCommand").tryQuery()).as("the dialog stays open").isPresent();
        SettingsStore store = new SettingsStore(fixture.dataDir.resolve("settings.json"));
        assertThat(store.load().scanCommand()).isNull();

        robot.interact(() -> {
            command.setText("scanimage --format=tiff --output-file {out}");
            robot.lookup("#settings-hotFolder").queryAs(TextField.class).setText(folder.toString());
            robot.lookup("#settings-scanTimeout").queryAs(TextField.class).setText("45");
            robot.lookup("#settings-ocr").queryAs(CheckBox.class).setSelected(false);
        });
        robot.clickOn("#settingsSave");
        await().until(() -> store.load().scanCommand() != null);
        Settings saved = store.load();
        assertThat(saved.scanCommand()).isEqualTo("scanimage --format=tiff --output-file {out}");
        assertThat(saved.hotFolder()).isEqualTo(folder.toAbsolutePath());
        assertThat(saved.scanTimeoutSeconds()).isEqualTo(45);
        assertThat(saved.ocrEnabled()).isFalse();
        assertThat(saved.language()).isEqualTo(Language.VI);

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        ShellFixture.waitUntilVisible(robot, "#digitize-ocr");
        assertThat(robot.lookup("#digitize-ocr").queryAs(Label.class).getText())
                .isEqualTo("Nhận dạng chữ (OCR) đã tắt trong phần Cài đặt của máy này.");
    }
}
