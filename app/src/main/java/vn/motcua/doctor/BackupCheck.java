package vn.motcua.doctor;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.motcua.backup.BackupRecords.LastGood;
import vn.motcua.doctor.Check.Status;

/**
 * The doctor's backup line: WARN when there is no good backup or the newest is older than a day
 * (a PC that dies loses everything since), OK with its age and file otherwise.
 */
final class BackupCheck {
    static final Duration MAX_AGE = Duration.ofDays(1);

    private BackupCheck() {
    }

    static Check of(Optional<LastGood> last, Instant now) {
        if (last.isEmpty()) {
            return new Check("backup", Status.WARN, "no good backup yet: run 'backup create'");
        }
        Duration age = Duration.between(last.get().at(), now);
        String detail = "last good backup " + last.get().at() + " (" + age.toHours() + " h ago): " + last.get().file();
        return age.compareTo(MAX_AGE) > 0 ? new Check("backup", Status.WARN, detail + "; older than a day: run 'backup create'")
                : new Check("backup", Status.OK, detail);
    }
}
