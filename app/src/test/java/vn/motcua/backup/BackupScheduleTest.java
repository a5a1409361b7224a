package vn.motcua.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.doctor.Check;
import vn.motcua.doctor.DoctorService;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/** The daily schedule, keep-N pruning of automatic backups only, and the doctor's warning on an old backup. */
class BackupScheduleTest {
    @TempDir
    Path tmp;

    @Test
    void theScheduleOwesOneBackupPerDayAndKeepsOnlyTheNewestAutomaticOnes() throws Exception {
        TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 23, 16, 0));
        Path office = tmp.resolve("office");
        DataDirectory dir = new DataDirectory(office);
        try (AppContext context = TestOffice.initialized(office, clock)) {
            Path upgrade = Files.writeString(dir.backups().resolve("motcua-20261101-010203-004Z-v22-to-v23.zip"), "upgrade backup");
            Path manual = context.backups().create(BackupOffice.ADMIN, BackupOffice.PASSPHRASE.toCharArray(), null, BackupKind.MANUAL,
                    2, BackupProgress.NONE).file();
            BackupScheduler scheduler = new BackupScheduler(context.backups(), BackupSettings.fileOf(dir),
                    BackupOffice.PASSPHRASE::toCharArray, clock);
            assertThat(scheduler.owed()).as("off by default").isEmpty();
            new BackupSettings(true, LocalTime.of(17, 30), 2).save(BackupSettings.fileOf(dir));
            // never backed up automatically: yesterday's slot is owed at once (the first start after the time passed)
            assertThat(scheduler.owed().orElseThrow().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 11, 22, 17, 30));

            List<Path> automatic = new java.util.ArrayList<>();
            for (int day = 0; day < 4; day++) {
                clock.set(LocalDateTime.of(2026, 11, 23 + day, 17, 31));
                assertThat(scheduler.runIfOwed()).as("day " + day).isTrue();
                assertThat(scheduler.runIfOwed()).as("only once a day").isFalse();
                automatic.add(context.backups().records().lastGood().orElseThrow().file());
                clock.set(LocalDateTime.of(2026, 11, 24 + day, 9, 0));
                assertThat(scheduler.owed()).as("the morning after: nothing owed before 17:30").isEmpty();
            }
            try (Stream<Path> left = Files.list(dir.backups())) {
                assertThat(left.filter(f -> !f.getFileName().toString().endsWith(".json")).toList())
                        .containsExactlyInAnyOrder(upgrade, manual, automatic.get(2), automatic.get(3));
            }
            assertThat(new BackupCatalog(dir, context.backups().records()).list()).extracting(BackupCatalog.ListedBackup::file)
                    .containsExactly(automatic.get(3), automatic.get(2), manual);
            assertThat(context.audit().latest(context.database().sessionFactory().openSession(), 1).get(0).actorName())
                    .isEqualTo("backup-schedule");
        }
    }

    @Test
    void theDoctorWarnsWhenTheLastGoodBackupIsOlderThanADay() throws Exception {
        TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 23, 8, 0));
        Path office = tmp.resolve("office");
        DataDirectory dir = new DataDirectory(office);
        TestOffice.initialized(office, clock).close();
        assertThat(backupCheck(dir, clock).status()).as("never backed up").isEqualTo(Check.Status.WARN);
        try (AppContext context = TestOffice.open(office)) {
            BackupService service = new BackupService(dir, context.database(), context.audit(), clock);
            service.create(BackupOffice.ADMIN, BackupOffice.PASSPHRASE.toCharArray(), null, BackupKind.MANUAL, 7, BackupProgress.NONE);
        }
        clock.advance(Duration.ofHours(23));
        Check fresh = backupCheck(dir, clock);
        assertThat(fresh.status()).isEqualTo(Check.Status.OK);
        assertThat(fresh.detail()).contains("23 h ago").contains(".mcbak");
        clock.advance(Duration.ofHours(2));
        Check old = backupCheck(dir, clock);
        assertThat(old.status()).isEqualTo(Check.Status.WARN);
        assertThat(old.detail()).contains("older than a day");
    }

    private static Check backupCheck(DataDirectory dir, TestClock clock) {
        return new DoctorService(dir, () -> vn.motcua.storage.Database.openConfigured(dir, AppContext.ENTITIES), clock)
                .run(e -> e.key()).stream().filter(c -> c.name().equals("backup")).findFirst().orElseThrow();
    }
}
