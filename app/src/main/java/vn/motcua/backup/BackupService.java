package vn.motcua.backup;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.SealedFile;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditTrail;
import vn.motcua.security.Permission;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.Database;
import vn.motcua.storage.DatabaseBackups;

/**
 * {@code backup create}: the office's H2 database and document store sealed into one encrypted
 * {@code .mcbak} file (format in {@link BackupHeader}, {@link SealedOutput}, {@link BackupManifest}).
 * The database is copied first with H2's online {@code BACKUP TO}; documents are content-addressed
 * and never change once written, so every document the snapshot can reference is already in the
 * store and the files listed after it make a consistent whole (later ones are harmless extras).
 * A PostgreSQL office is refused: its database lives on the server, and backing that up
 * ({@code pg_dump}) is the server administrator's job.
 */
public final class BackupService {
    /** The automatic backups kept when the settings say nothing. */
    public static final int DEFAULT_KEEP = 7;
    /** Passphrases shorter than this are refused: the file leaves the office on a disk. */
    public static final int MIN_PASSPHRASE = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'motcua-'yyyyMMdd-HHmmss'.mcbak'")
            .withZone(WorkCalendar.ZONE);
    private static final int BUFFER = 1 << 20;
    private static final String SNAPSHOT_PREFIX = ".motcua-db-";

    /** What was written. */
    public record CreatedBackup(Path file, Instant createdAt, BackupKind kind, long bytes, long documents, long contentBytes) {
    }

    private final DataDirectory dir;
    private final Database database;
    private final AuditTrail audit;
    private final Clock clock;
    private final BackupRecords records;

    public BackupService(DataDirectory dir, Database database, AuditTrail audit, Clock clock) {
        this.dir = dir;
        this.database = database;
        this.audit = audit;
        this.clock = clock;
        this.records = records(dir);
    }

    /** The record file of a data directory's backups. */
    public static BackupRecords records(DataDirectory dir) {
        return new BackupRecords(dir.backups().resolve("backup-records.json"));
    }

    public BackupRecords records() {
        return records;
    }

    /** Where a backup made now goes when no {@code --out} is given. */
    public Path defaultFile(Instant at) {
        return dir.backups().resolve(NAME.format(at));
    }

    /**
     * {@link #defaultFile}, or with "-2", "-3"… before the extension when a backup of the same
     * second is there already (the daily one and a "back up now" click can meet).
     */
    private Path freeDefaultFile(Instant at) {
        Path first = defaultFile(at);
        String stem = first.getFileName().toString().replace(".mcbak", "");
        Path candidate = first;
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = first.resolveSibling(stem + "-" + n + ".mcbak");
        }
        return candidate;
    }

    /**
     * Writes a backup to {@code out} (null: {@link #defaultFile}), audited as {@code BACKUP_CREATE};
     * an automatic one then prunes the automatic backups to the newest {@code keep}. Nothing is
     * left behind on failure, and the file only gets its name once it is whole and on disk.
     */
    public CreatedBackup create(Actor actor, char[] passphrase, Path out, BackupKind kind, int keep, BackupProgress progress) {
        actor.require(Permission.CONFIGURE_OFFICE);
        if (passphrase == null || new String(passphrase).strip().length() < MIN_PASSPHRASE) {
            throw new UserFacingException("backup.passphraseTooShort", String.valueOf(MIN_PASSPHRASE));
        }
        if (!"h2".equals(database.vendor())) {
            throw new UserFacingException("backup.postgresql", database.location());
        }
        Instant now = clock.instant();
        Path target = (out != null ? out : freeDefaultFile(now)).toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new UserFacingException("backup.exists", target);
        }
        Path folder = target.getParent();
        // the database copy is in clear: it stays on the data directory's disk (where the database
        // itself is), never beside an output on a removable disk; one a killed run left is removed
        removeLeftoverSnapshots();
        Path snapshot = dir.backups().resolve(SNAPSHOT_PREFIX + now.toEpochMilli() + ".zip.part");
        Path partial = folder.resolve("." + target.getFileName() + ".part");
        BackupManifest manifest;
        try {
            Files.createDirectories(folder);
            Files.createDirectories(dir.backups());
            DatabaseBackups.snapshot(database.dataSource(), snapshot);
            manifest = manifest(now, snapshot);
            write(partial, manifest, snapshot, kind, now, passphrase, progress);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (UserFacingException e) {
            deleteQuietly(partial);
            throw e;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(partial);
            throw new UserFacingException(e, "backup.writeFailed", target, String.valueOf(e.getMessage()));
        } finally {
            deleteQuietly(snapshot);
        }
        CreatedBackup created = new CreatedBackup(target, now, kind, size(target), manifest.documents(), manifest.contentBytes());
        records.created(target, now, kind);
        database.sessionFactory().inTransaction(s -> audit.record(s, actor, "BACKUP_CREATE", "backup", target.getFileName(),
                kind.name().toLowerCase(java.util.Locale.ROOT) + " " + target));
        LOG.info("backup written to {} ({} bytes)", target, created.bytes());
        if (kind == BackupKind.AUTOMATIC) {
            new BackupCatalog(dir, records).pruneAutomatic(keep);
        }
        return created;
    }

    /** Audits {@code BACKUP_RESTORE} in the office just restored from {@code file} (this service's database). */
    public void recordRestore(Actor actor, Path file) {
        database.sessionFactory().inTransaction(s -> audit.record(s, actor, "BACKUP_RESTORE", "backup",
                file.getFileName(), file.toAbsolutePath().normalize().toString()));
    }

    private BackupManifest manifest(Instant now, Path snapshot) throws IOException {
        java.util.Optional<vn.motcua.encryption.OfficeKey> officeKey = database.officeKey();
        List<BackupManifest.Part> parts = new ArrayList<>();
        parts.add(new BackupManifest.Part(BackupManifest.DATABASE, Files.size(snapshot), sha256(snapshot), false));
        if (officeKey.isPresent()) {
            byte[] raw = officeKey.get().bytes();
            parts.add(new BackupManifest.Part(BackupManifest.OFFICE_KEY, raw.length, Hashing.hex(raw), false));
        }
        for (String name : BackupManifest.OFFICE_FILES) {
            Path f = dir.root().resolve(name);
            if (Files.isRegularFile(f)) {
                parts.add(new BackupManifest.Part(name, Files.size(f), sha256(f), false));
            }
        }
        Path store = dir.documents().resolve("sha256");
        if (Files.isDirectory(store)) {
            try (Stream<Path> files = Files.walk(store, 2)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String path = dir.root().relativize(f).toString().replace('\\', '/');
                    BackupManifest.Part part = new BackupManifest.Part(path, Files.size(f), f.getFileName().toString().replace(".pdf", ""),
                            SealedFile.isSealed(f));
                    if (part.allowed()) { // a content-addressed file's name is its SHA-256; checked while it is read
                        parts.add(part);
                    }
                }
            }
        }
        return new BackupManifest(1, now.toString(), BackupService.class.getPackage().getImplementationVersion(),
                database.schemaVersion(), parts);
    }

    private void write(Path partial, BackupManifest manifest, Path snapshot, BackupKind kind, Instant now, char[] passphrase,
                       BackupProgress progress) throws IOException {
        java.util.Optional<vn.motcua.encryption.OfficeKey> officeKey = database.officeKey();
        byte[] json = manifest.toJson();
        byte[] salt = BackupHeader.newSalt();
        BackupKey key = BackupKey.derive(passphrase, salt, BackupKey.ITERATIONS);
        BackupHeader header = BackupHeader.create(kind, now, 4L + json.length + manifest.contentBytes(), salt, key);
        byte[] buffer = new byte[BUFFER];
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            try (DataOutputStream sealed = new DataOutputStream(new SealedOutput(channel, header, key, progress))) {
                sealed.writeInt(json.length);
                sealed.write(json);
                for (BackupManifest.Part part : manifest.parts()) {
                    if (part.path().equals(BackupManifest.OFFICE_KEY)) {
                        sealed.write(officeKey.orElseThrow().bytes());
                        continue;
                    }
                    Path source = part.path().equals(BackupManifest.DATABASE) ? snapshot : dir.root().resolve(part.path());
                    copy(source, part, sealed, buffer);
                }
            }
            channel.force(true);
        } catch (FileAlreadyExistsException e) {
            throw new UserFacingException(e, "backup.exists", partial);
        }
    }

    /**
     * Streams one part into the sealed content, checking its size. Documents are not hashed again
     * here: a stored document's name is its SHA-256 (what the manifest records), the weekly
     * integrity check re-hashes the store, and hashing would halve the backup's speed; a file
     * damaged in the store is caught by {@code backup verify} as a part not matching its manifest.
     */
    private static void copy(Path source, BackupManifest.Part part, OutputStream sealed, byte[] buffer) throws IOException {
        long left = part.size();
        try (InputStream in = Files.newInputStream(source)) {
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    break;
                }
                sealed.write(buffer, 0, n);
                left -= n;
            }
            if (left != 0 || in.read() >= 0) {
                throw new UserFacingException("backup.documentChanged", source);
            }
        }
    }

    private void removeLeftoverSnapshots() {
        if (!Files.isDirectory(dir.backups())) {
            return;
        }
        try (Stream<Path> files = Files.list(dir.backups())) {
            // a day old at least: a backup running beside this one (scheduler and command line) keeps its copy
            Instant dayAgo = clock.instant().minus(java.time.Duration.ofDays(1));
            files.filter(f -> f.getFileName().toString().startsWith(SNAPSHOT_PREFIX)).filter(f -> modifiedBefore(f, dayAgo))
                    .forEach(BackupService::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("could not look for leftover database copies in {}: {}", dir.backups(), e.toString());
        }
    }

    private static boolean modifiedBefore(Path f, Instant at) {
        try {
            return Files.getLastModifiedTime(f).toInstant().isBefore(at);
        } catch (IOException e) {
            return false;
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = Hashing.sha256();
        byte[] buffer = new byte[BUFFER];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            LOG.warn("could not delete {}: {}", f, e.toString());
        }
    }
}
