package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.backup.BackupSettings;
import vn.motcua.backup.KeptPassphrase;
import vn.motcua.encryption.OfficeKeys;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;

/** The desk makes the daily backup that is owed, with the kept passphrase, without anyone logging in. */
class DailyBackupShellTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) throws Exception {
        TestOffice.initialized(dataDir).close();
        DataDirectory dir = new DataDirectory(dataDir);
        new BackupSettings(true, LocalTime.MIDNIGHT, 7).save(BackupSettings.fileOf(dir)); // today's slot has passed
        new KeptPassphrase(dir, OfficeKeys.of(dataDir).unlock().orElseThrow()).keep("sao lưu mỗi tối thứ sáu".toCharArray());
    }

    @Test
    void anOwedDailyBackupIsWrittenWhileTheLoginCardShows(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#username");
        Path backups = new DataDirectory(fixture.dataDir).backups();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> automaticBackups(backups) == 1);
        assertThat(robot.lookup("#username").tryQuery()).as("nobody had to log in").isPresent();
    }

    private static long automaticBackups(Path backups) throws Exception {
        try (Stream<Path> files = Files.list(backups)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".mcbak")).count();
        }
    }
}
