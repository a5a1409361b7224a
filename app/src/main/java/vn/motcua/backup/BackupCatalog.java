package vn.motcua.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.common.UserFacingException;
import vn.motcua.storage.DataDirectory;

/**
 * The backups a desk knows of: the {@code .mcbak} files in its backups folder and those it wrote
 * elsewhere ({@code --out}), each with the date and kind from its plain header (no passphrase
 * needed) and whether it passed verify. Also prunes the automatic ones; upgrade backups
 * ({@code .zip}, see {@code storage.DatabaseBackups}) and manual ones are never deleted here.
 */
public final class BackupCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(BackupCatalog.class);

    /** One listed file; {@code createdAt}/{@code kind} are null when its header cannot be read. */
    public record ListedBackup(Path file, Instant createdAt, BackupKind kind, long bytes, Instant verifiedAt, String problem) {
        public boolean verified() {
            return verifiedAt != null;
        }
    }

    private final DataDirectory dir;
    private final BackupRecords records;

    public BackupCatalog(DataDirectory dir, BackupRecords records) {
        this.dir = dir;
        this.records = records;
    }

    /** Newest first. {@code problem} is the message key when a file is not a readable backup. */
    public List<ListedBackup> list() {
        Set<Path> files = new LinkedHashSet<>();
        if (Files.isDirectory(dir.backups())) {
            try (Stream<Path> all = Files.list(dir.backups())) {
                all.filter(f -> f.getFileName().toString().endsWith(".mcbak") && Files.isRegularFile(f))
                        .forEach(f -> files.add(f.toAbsolutePath().normalize()));
            } catch (IOException e) {
                LOG.warn("could not list {}: {}", dir.backups(), e.toString());
            }
        }
        records.created().keySet().stream().filter(Files::isRegularFile).forEach(files::add);
        List<ListedBackup> listed = new ArrayList<>();
        for (Path f : files) {
            listed.add(describe(f));
        }
        listed.sort(Comparator.comparing((ListedBackup b) -> b.createdAt() == null ? Instant.MIN : b.createdAt()).reversed());
        return listed;
    }

    private ListedBackup describe(Path f) {
        long bytes;
        try {
            bytes = Files.size(f);
        } catch (IOException e) {
            bytes = -1;
        }
        Instant verified = records.verifiedAt(f).orElse(null);
        try {
            BackupHeader h = BackupReader.header(f);
            return new ListedBackup(f, h.createdAt(), h.kind(), bytes, verified, bytes < h.fileSize() ? "backup.truncated" : null);
        } catch (UserFacingException e) {
            return new ListedBackup(f, null, null, bytes, verified, e.key());
        } catch (IOException e) {
            return new ListedBackup(f, null, null, bytes, verified, "backup.readFailed");
        }
    }

    /**
     * Deletes the automatic backups in the backups folder beyond the newest {@code keep} (oldest
     * first); returns the deleted files. Manual backups and upgrade backups are not touched.
     */
    public List<Path> pruneAutomatic(int keep) {
        List<ListedBackup> automatic = list().stream()
                .filter(b -> b.kind() == BackupKind.AUTOMATIC && b.file().startsWith(dir.backups().toAbsolutePath().normalize()))
                .toList(); // newest first
        List<Path> deleted = new ArrayList<>();
        List<ListedBackup> beyond = new ArrayList<>(automatic.subList(Math.min(Math.max(keep, 1), automatic.size()), automatic.size()));
        java.util.Collections.reverse(beyond); // oldest first
        for (ListedBackup old : beyond) {
            try {
                Files.deleteIfExists(old.file());
                records.forget(old.file());
                deleted.add(old.file());
                LOG.info("deleted the automatic backup {} (keeping the newest {})", old.file(), keep);
            } catch (IOException e) {
                LOG.warn("could not delete the old backup {}: {}", old.file(), e.toString());
            }
        }
        return deleted;
    }
}
