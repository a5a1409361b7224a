package vn.motcua.backup;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import vn.motcua.common.UserFacingException;

/**
 * Reads a backup file through once: header, size, passphrase, then every part hashed against the
 * manifest while a {@link Sink} takes its bytes (nothing for verify, files for restore). Each way a
 * file can be wrong ends in its own sentence: not a backup, newer format, damaged header, cut off
 * (shorter than its header says), wrong passphrase (the header's key check), damaged content (a
 * chunk's GCM tag) — checked in that order, so a cut file is never called a wrong passphrase.
 */
final class BackupReader {
    /** Where a part's bytes go; null to only check them. */
    @FunctionalInterface
    interface Sink {
        OutputStream open(BackupManifest.Part part) throws IOException;
    }

    /** What was read: the header and the manifest. */
    record Read(BackupHeader header, BackupManifest manifest) {
    }

    private BackupReader() {
    }

    /** The plain header only, for listing (no passphrase needed). */
    static BackupHeader header(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return BackupHeader.read(in, file);
        }
    }

    static Read read(Path file, char[] passphrase, BackupProgress progress, Sink sink) {
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("backup.notFound", file);
        }
        try (InputStream in = Files.newInputStream(file)) {
            BackupHeader header = BackupHeader.read(in, file);
            long size = Files.size(file);
            if (size < header.fileSize()) {
                throw new UserFacingException("backup.truncated", file, BackupHeader.megabytes(size),
                        BackupHeader.megabytes(header.fileSize()));
            }
            if (size > header.fileSize()) {
                throw new UserFacingException("backup.damaged", file, BackupHeader.megabytes(header.contentLength()));
            }
            BackupKey key = BackupKey.derive(passphrase, header.salt(), header.iterations());
            if (!header.opensWith(key)) {
                throw new UserFacingException("backup.wrongPassphrase", file);
            }
            try (DataInputStream content = new DataInputStream(new SealedInput(in, file, header, key, progress))) {
                BackupManifest manifest = manifest(content, header, file);
                byte[] buffer = new byte[1 << 20];
                for (BackupManifest.Part part : manifest.parts()) {
                    copy(content, part, sink, buffer, file);
                }
                if (content.read() >= 0) {
                    throw new UserFacingException("backup.damaged", file, BackupHeader.megabytes(header.contentLength()));
                }
                return new Read(header, manifest);
            }
        } catch (EOFException e) {
            throw new UserFacingException(e, "backup.damaged", file, "?");
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.readFailed", file, String.valueOf(e.getMessage()));
        }
    }

    private static BackupManifest manifest(DataInputStream content, BackupHeader header, Path file) throws IOException {
        int length = content.readInt();
        if (length <= 0 || length > header.contentLength() - 4) {
            throw new UserFacingException("backup.damaged", file, "0.0");
        }
        BackupManifest manifest = BackupManifest.fromJson(content.readNBytes(length));
        boolean allowed = manifest.parts().stream().allMatch(BackupManifest.Part::allowed);
        if (!allowed || 4L + length + manifest.contentBytes() != header.contentLength()) {
            throw new UserFacingException("backup.damaged", file, "0.0");
        }
        return manifest;
    }

    private static void copy(InputStream content, BackupManifest.Part part, Sink sink, byte[] buffer, Path file) throws IOException {
        MessageDigest digest = Hashing.sha256();
        long left = part.size();
        try (OutputStream out = sink.open(part)) {
            while (left > 0) {
                int n = content.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new EOFException();
                }
                digest.update(buffer, 0, n);
                if (out != null) {
                    out.write(buffer, 0, n);
                }
                left -= n;
            }
        }
        if (!part.sealed() && !HexFormat.of().formatHex(digest.digest()).equals(part.sha256())) {
            throw new UserFacingException("backup.damagedPart", file, part.path());
        }
    }
}
