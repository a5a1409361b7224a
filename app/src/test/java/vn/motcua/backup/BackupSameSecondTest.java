package vn.motcua.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.testing.TestOffice;

/** Two backups in the same second (the daily one and a click on "back up now") both get written. */
class BackupSameSecondTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondBackupOfTheSameSecondGetsTheNextFreeName() {
        Clock stopped = Clock.fixed(Instant.parse("2026-11-25T10:30:15Z"), ZoneOffset.UTC);
        try (AppContext context = TestOffice.initialized(tmp.resolve("office"), stopped)) {
            BackupService.CreatedBackup first = context.backups().create(BackupOffice.ADMIN, BackupOffice.PASSPHRASE.toCharArray(),
                    null, BackupKind.AUTOMATIC, 7, BackupProgress.NONE);
            BackupService.CreatedBackup second = context.backups().create(BackupOffice.ADMIN, BackupOffice.PASSPHRASE.toCharArray(),
                    null, BackupKind.MANUAL, 7, BackupProgress.NONE);
            assertThat(first.file().getFileName().toString()).isEqualTo("motcua-20261125-173015.mcbak");
            assertThat(second.file().getFileName().toString()).isEqualTo("motcua-20261125-173015-2.mcbak");
            assertThat(first.file()).exists();
            assertThat(second.file()).exists();
        }
    }
}
