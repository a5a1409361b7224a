package vn.motcua.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.OfficeKeys;
import vn.motcua.storage.DataDirectory;

/**
 * {@code backup restore FILE}: a backup unpacked into an EMPTY data directory, never over an
 * office (a restore that merged into live data could lose or duplicate dossiers). Everything is
 * written into a hidden staging folder inside the target first and moved into place only after
 * every part has passed its check; on any failure the staging folder is removed, so the target is
 * left as empty as it was. The office then opens there as it was when the backup was made.
 */
public final class BackupRestore {
    /** What was restored. */
    public record RestoredBackup(Path file, DataDirectory target, Instant createdAt, long documents, long contentBytes, String schema) {
    }

    private BackupRestore() {
    }

    public static RestoredBackup restore(Path file, char[] passphrase, DataDirectory target, BackupProgress progress) {
        Path root = target.root();
        requireEmpty(root);
        Path staging = root.resolve(".restore-" + System.nanoTime());
        try {
            Files.createDirectories(staging);
            // the office key never touches the disk in clear: held in memory, then kept on this PC
            java.io.ByteArrayOutputStream keyBytes = new java.io.ByteArrayOutputStream();
            BackupReader.Read read = BackupReader.read(file.toAbsolutePath().normalize(), passphrase, progress, part -> {
                if (part.path().equals(BackupManifest.OFFICE_KEY)) {
                    return keyBytes;
                }
                Path to = staging.resolve(part.path()).normalize();
                if (!to.startsWith(staging)) {
                    throw new IOException("a part outside the data directory: " + part.path());
                }
                Files.createDirectories(to.getParent());
                return new BufferedOutputStream(Files.newOutputStream(to), 1 << 16);
            });
            unzipDatabase(staging.resolve(BackupManifest.DATABASE));
            byte[] officeKey = keyBytes.toByteArray();
            moveIntoPlace(staging, root);
            if (officeKey.length > 0) { // none in a backup of an office without encryption at rest
                OfficeKeys.of(root).install(OfficeKey.of(officeKey)); // kept on this PC, beside the restored key file
                java.util.Arrays.fill(officeKey, (byte) 0);
            }
            return new RestoredBackup(file.toAbsolutePath().normalize(), target, read.header().createdAt(),
                    read.manifest().documents(), read.manifest().contentBytes(), read.manifest().schema());
        } catch (IOException | UncheckedIOException e) {
            throw new UserFacingException(e, "backup.restoreFailed", root, String.valueOf(e.getMessage()));
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Refuses a directory holding any file (outside {@code logs/}, which the command line may have
     * just created): restoring over an office would mix two offices' data.
     */
    static void requireEmpty(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        if (!Files.isDirectory(root)) {
            throw new UserFacingException("backup.targetNotADirectory", root);
        }
        Optional<Path> first;
        try (Stream<Path> all = Files.walk(root)) {
            first = all.filter(p -> !Files.isDirectory(p)).filter(p -> !root.relativize(p).startsWith("logs")).findFirst();
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.restoreFailed", root, String.valueOf(e.getMessage()));
        }
        if (first.isPresent()) {
            throw new UserFacingException("backup.targetNotEmpty", root, root.relativize(first.get()).toString());
        }
    }

    /** H2's backup zip holds {@code motcua.mv.db}: it goes into {@code db/}, the zip is removed. */
    private static void unzipDatabase(Path zip) throws IOException {
        boolean found = false;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                String name = Path.of(e.getName()).getFileName().toString();
                if (e.isDirectory() || !name.endsWith(".mv.db")) {
                    continue;
                }
                try (OutputStream out = Files.newOutputStream(zip.resolveSibling(name))) {
                    entries.transferTo(out);
                }
                found = true;
            }
        }
        if (!found) {
            throw new IOException("the backup's database copy holds no H2 file");
        }
        Files.delete(zip);
    }

    private static void moveIntoPlace(Path staging, Path root) throws IOException {
        try (Stream<Path> children = Files.list(staging)) {
            for (Path child : children.toList()) {
                Path dest = root.resolve(child.getFileName().toString());
                if (Files.isDirectory(dest)) {
                    deleteTree(dest); // empty: requireEmpty saw no file in it
                }
                Files.move(child, dest);
            }
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
