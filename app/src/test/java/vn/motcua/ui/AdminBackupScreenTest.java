package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.backup.KeptPassphrase;
import vn.motcua.encryption.OfficeKeys;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;

/**
 * Sao lưu in the real desk: a too-short passphrase is refused with the reason and nothing written;
 * a typed one writes a backup that verifies with it; the kept daily passphrase can be used instead.
 */
class AdminBackupScreenTest extends ShellTest {
    private static final String KEPT = "sao lưu mỗi tối thứ sáu";

    @Override
    protected void prepare(Path dataDir) {
        TestOffice.initialized(dataDir).close();
        new KeptPassphrase(new DataDirectory(dataDir), OfficeKeys.of(dataDir).unlock().orElseThrow()).keep(KEPT.toCharArray());
    }

    @Test
    void theAdministratorBacksUpNowWithATypedOrTheKeptPassphrase(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        assertThat(openAdminTab(robot, "tab-backup")).isEqualTo("Sao lưu");
        ShellFixture.waitUntilVisible(robot, "#backupNow");
        await().until(() -> text(robot, "#backupStatus").contains("Chưa có bản sao lưu"));
        CheckBox useKept = robot.lookup("#backupUseKept").queryAs(CheckBox.class);
        await().until(useKept::isSelected);
        robot.interact(() -> useKept.setSelected(false));

        robot.clickOn("#backupPassphrase").write("ngắn").type(KeyCode.ENTER);
        await().until(() -> text(robot, "#backupMessage").contains("ít nhất 10"));
        Path backups = new DataDirectory(fixture.dataDir).backups();
        assertThat(backupFiles(backups)).isZero();

        robot.clickOn("#backupPassphrase").write("Cụm mật khẩu gõ tay 2026").type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(60)).until(() -> text(robot, "#backupMessage").startsWith("Đã sao lưu"));
        assertThat(backupFiles(backups)).isEqualTo(1);
        await().until(() -> text(robot, "#backupStatus").contains("Bản sao lưu tốt gần nhất"));

        robot.interact(() -> useKept.setSelected(true));
        robot.clickOn("#backupNow");
        await().atMost(Duration.ofSeconds(60)).until(() -> backupFiles(backups) == 2
                && text(robot, "#backupMessage").startsWith("Đã sao lưu"));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static long backupFiles(Path backups) throws Exception {
        if (!Files.isDirectory(backups)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mcbak")).count();
        }
    }
}
