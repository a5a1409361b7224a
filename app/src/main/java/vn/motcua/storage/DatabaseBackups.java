package vn.motcua.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.common.UserFacingException;

/**
 * The automatic backups of the H2 office database, made before a migration changes its schema.
 * H2's {@code BACKUP TO} writes an online, consistent zip of the open file (other desks may keep
 * working on it); the zip holds {@code motcua.mv.db}, so restoring by hand is: close MotCua,
 * move {@code db/motcua.mv.db} aside, unzip the backup into {@code db/}. ({@code SCRIPT TO} would
 * need H2's RunScript tool to restore, which an office does not have at hand.)
 * <p>
 * A backup is written under a temporary name, read back in full (the zip's CRCs) and only then
 * given its final name {@code motcua-<UTC time>-v<from>-to-v<to>.zip}, so a name in the folder
 * always means a complete backup. The newest {@link #KEEP} are kept, older ones deleted, so that
 * upgrades do not fill the disk.
 */
public final class DatabaseBackups {
    /** How many automatic backups stay in the folder. */
    public static final int KEEP = 5;
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackups.class);
    private static final Pattern NAME = Pattern.compile("motcua-\\d{8}-\\d{6}-\\d{3}Z-v[0-9.]+-to-v[0-9.]+\\.zip");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final Path databaseFile;
    private final Clock clock;

    /** Backups of {@code databaseFile} (the {@code .mv.db}) into {@code folder}. */
    DatabaseBackups(Path folder, Path databaseFile, Clock clock) {
        this.folder = folder;
        this.databaseFile = databaseFile;
        this.clock = clock;
    }

    static DatabaseBackups of(DataDirectory dir) {
        return new DatabaseBackups(dir.backups(), dir.databaseDir().resolve("motcua.mv.db"), Clock.systemUTC());
    }

    /** The newest automatic backup of the data directory, if there is one. */
    public static Optional<Path> latest(DataDirectory dir) {
        return list(dir.backups()).stream().findFirst();
    }

    /** The automatic backups in {@code folder}, newest first (their names start with the time). */
    static List<Path> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> NAME.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Writes and verifies a backup of the database behind {@code dataSource} at schema {@code from},
     * then prunes the folder. Any failure is a {@link UserFacingException} naming the folder, and
     * leaves nothing behind: the caller must not migrate then.
     */
    Path backUp(DataSource dataSource, String from, String to) {
        String name = "motcua-" + STAMP.format(clock.instant()) + "-v" + from + "-to-v" + to + ".zip";
        Path target = folder.resolve(name);
        Path partial = folder.resolve("." + name + ".part");
        prepareFolder();
        try {
            snapshot(dataSource, partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            String why = reason(e).toLowerCase(java.util.Locale.ROOT);
            if (why.contains("no space") || why.contains("quota") || why.contains("disk full")) {
                throw new UserFacingException(e, "storage.backup.noSpace", folder, megabytes(needed()), megabytes(free()));
            }
            throw new UserFacingException(e, "storage.backup.failed", folder, reason(e));
        }
        LOG.info("backed up the database at schema {} to {} ({} bytes)", from, target, size(target));
        prune();
        return target;
    }

    /**
     * Writes an online, consistent copy of the open H2 database behind {@code dataSource} to the zip
     * {@code target} (H2's {@code BACKUP TO}; other desks may keep working) and reads it back whole.
     * The office backup ({@code backup create}) seals this zip into its encrypted file.
     */
    public static void snapshot(DataSource dataSource, Path target) throws SQLException, IOException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        }
        verify(target);
    }

    private void prepareFolder() {
        try {
            Files.createDirectories(folder);
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            throw new UserFacingException(e, "storage.backup.notWritable", folder);
        } catch (IOException e) {
            throw new UserFacingException(e, "storage.backup.failed", folder, reason(e));
        }
        if (!Files.isWritable(folder)) {
            throw new UserFacingException("storage.backup.notWritable", folder);
        }
        if (!roomFor(needed())) {
            throw new UserFacingException("storage.backup.noSpace", folder, megabytes(needed()), megabytes(free()));
        }
    }

    /** Room for the zip: at most the size of the file it compresses, usually a fraction of it. */
    private long needed() {
        return Math.max(size(databaseFile), 1);
    }

    private boolean roomFor(long bytes) {
        long free = free();
        return free < 0 || free >= bytes;
    }

    private long free() {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** The zip reads back whole (every entry's CRC) and holds a non-empty database file. */
    static void verify(Path zip) throws IOException {
        if (!Files.isRegularFile(zip) || Files.size(zip) == 0) {
            throw new IOException("the backup " + zip + " is empty");
        }
        long databaseBytes = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                long bytes = 0;
                for (int n = entries.read(buffer); n >= 0; n = entries.read(buffer)) {
                    bytes += n;
                }
                if (e.getName().endsWith(".mv.db")) {
                    databaseBytes += bytes;
                }
            }
        }
        if (databaseBytes == 0) {
            throw new IOException("the backup " + zip + " holds no database file");
        }
    }

    /** Keeps the newest {@link #KEEP} backups; logs each one it deletes. */
    void prune() {
        List<Path> all = new ArrayList<>(list(folder));
        for (Path old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
                LOG.info("deleted the old backup {} (keeping the newest {})", old, KEEP);
            } catch (IOException e) {
                LOG.warn("could not delete the old backup {}: {}", old, e.toString());
            }
        }
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static String megabytes(long bytes) {
        return String.valueOf(Math.max(0, (bytes + 1024 * 1024 - 1) / (1024 * 1024)));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete the unfinished backup {}: {}", file, e.toString());
        }
    }
}
