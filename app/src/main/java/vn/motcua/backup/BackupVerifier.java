package vn.motcua.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code backup verify FILE}: decrypts the whole file and checks every part against its manifest
 * without writing anything; a file that passes is recorded as verified (and as the last good
 * backup when it is the newest). A failure is a {@link UserFacingException} whose key says what is
 * wrong: {@code backup.wrongPassphrase}, {@code backup.damaged}, {@code backup.damagedPart},
 * {@code backup.damagedHeader}, {@code backup.truncated}, {@code backup.notABackup}, {@code backup.newerFormat}.
 */
public final class BackupVerifier {
    /** What a verified file holds. */
    public record VerifiedBackup(Path file, Instant createdAt, BackupKind kind, long documents, long contentBytes, String schema) {
    }

    private final BackupRecords records;
    private final Clock clock;

    public BackupVerifier(BackupRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    public VerifiedBackup verify(Path file, char[] passphrase, BackupProgress progress) {
        Path absolute = file.toAbsolutePath().normalize();
        BackupReader.Read read = BackupReader.read(absolute, passphrase, progress, part -> null);
        records.verified(absolute, read.header().createdAt(), clock.instant());
        return new VerifiedBackup(absolute, read.header().createdAt(), read.header().kind(), read.manifest().documents(),
                read.manifest().contentBytes(), read.manifest().schema());
    }
}
