package vn.motcua.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;

/**
 * The daily backup while the desktop runs: at the configured time (Vietnam time), or at the first
 * check after that time when the PC was off then. A slot is owed when the newest automatic backup
 * is older than the latest slot that has passed. The check runs once a minute on a daemon thread;
 * the backup itself takes the caller's passphrase source, which returns null while no passphrase is
 * available on this PC (the desktop's source of the office passphrase is still to be decided), and
 * then the slot is skipped with a log line and tried again at the next check.
 */
public final class BackupScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupScheduler.class);
    /** Who the audit names for a scheduled backup: the administrator's standing order. */
    static final Actor SCHEDULE = new Actor(null, "backup-schedule", "Daily backup", java.util.Set.of(vn.motcua.security.Role.ADMINISTRATOR));

    private final BackupService service;
    private final Path settingsFile;
    private final Supplier<char[]> passphrase;
    private final Clock clock;
    private ScheduledExecutorService timer;

    public BackupScheduler(BackupService service, Path settingsFile, Supplier<char[]> passphrase, Clock clock) {
        this.service = service;
        this.settingsFile = settingsFile;
        this.passphrase = passphrase;
        this.clock = clock;
    }

    /** The latest passed slot still owed a backup, if the schedule is on and one is owed. */
    public Optional<ZonedDateTime> owed() {
        BackupSettings settings = BackupSettings.load(settingsFile);
        if (!settings.enabled()) {
            return Optional.empty();
        }
        ZonedDateTime now = clock.instant().atZone(WorkCalendar.ZONE);
        ZonedDateTime slot = now.toLocalDate().atTime(settings.at()).atZone(WorkCalendar.ZONE);
        if (slot.isAfter(now)) {
            slot = slot.minusDays(1);
        }
        Optional<Instant> last = service.records().lastAutomatic();
        return last.isPresent() && !last.get().isBefore(slot.toInstant()) ? Optional.empty() : Optional.of(slot);
    }

    /** Makes the owed backup, if any; true when one was written. Failures are logged, never thrown. */
    public synchronized boolean runIfOwed() {
        try {
            if (owed().isEmpty()) {
                return false;
            }
            char[] phrase = passphrase.get();
            if (phrase == null) {
                LOG.warn("a daily backup is owed but no backup passphrase is available on this PC");
                return false;
            }
            BackupSettings settings = BackupSettings.load(settingsFile);
            service.create(SCHEDULE, phrase, null, BackupKind.AUTOMATIC, settings.keep(), BackupProgress.NONE);
            return true;
        } catch (UserFacingException | IllegalStateException e) {
            LOG.warn("the daily backup failed: {}", e.getMessage());
            return false;
        }
    }

    /** Checks now and then once a minute until {@link #close()}. */
    public synchronized void start() {
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "daily-backup");
                t.setDaemon(true);
                return t;
            });
            timer.scheduleWithFixedDelay(this::runIfOwed, 0, 1, TimeUnit.MINUTES);
        }
    }

    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }
}
