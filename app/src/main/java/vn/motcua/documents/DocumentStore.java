package vn.motcua.documents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import vn.motcua.common.UserFacingException;

/**
 * Content-addressed PDFs: {@code documents/sha256/<first 2 hex>/<hex>.pdf}. A file is written to
 * a temporary name in the store, forced to disk and moved into place atomically, so a crash
 * leaves either the whole file or none; the same content is stored once. Files are never
 * overwritten or deleted here: a dossier's link to them is what gets tombstoned.
 */
public final class DocumentStore {
    /** Writes a document's bytes to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path root;

    public DocumentStore(Path documentsDir) {
        this.root = documentsDir.resolve("sha256");
    }

    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".pdf");
    }

    /** Writes, hashes and stores {@code content}; returns where it lives. */
    public StoredFile store(Content content) {
        return store(root, content);
    }

    /**
     * As {@link #store(Content)}, writing the temporary file in {@code workDir} (on the same file
     * system as the store): an import passes its quarantine directory, so the half-written file
     * of a killed import is removed with the quarantine on the next start.
     */
    public StoredFile store(Path workDir, Content content) {
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(workDir, ".incoming-", ".pdf");
            MessageDigest digest = PdfAssembler.sha256();
            try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16), digest)) {
                content.writeTo(out);
            }
            force(temp);
            String sha = HexFormat.of().formatHex(digest.digest());
            long bytes = Files.size(temp);
            Path target = pathOf(sha);
            if (Files.exists(target)) {
                Files.delete(temp);
                return new StoredFile(sha, bytes, target, false);
            }
            Files.createDirectories(target.getParent());
            move(temp, target);
            forceDirectory(target.getParent());
            return new StoredFile(sha, bytes, target, true);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UserFacingException(e, "documents.storeFailed", root, String.valueOf(e.getMessage()));
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    /** Re-hashes every referenced file: which are missing and which no longer match their name. */
    public VerifyReport verify(Collection<String> referenced) {
        List<String> missing = new java.util.ArrayList<>();
        List<String> altered = new java.util.ArrayList<>();
        for (String sha : referenced.stream().distinct().sorted().toList()) {
            Path p = pathOf(sha);
            if (!Files.isRegularFile(p)) {
                missing.add(sha);
                continue;
            }
            try (InputStream in = Files.newInputStream(p)) {
                MessageDigest d = PdfAssembler.sha256();
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) {
                    d.update(buf, 0, n);
                }
                if (!HexFormat.of().formatHex(d.digest()).equals(sha)) {
                    altered.add(sha);
                }
            } catch (IOException e) {
                missing.add(sha);
            }
        }
        return new VerifyReport((int) referenced.stream().distinct().count(), missing, altered);
    }

    /**
     * Whether the stored file for {@code sha256} is there and still hashes to its name: checked
     * before a source's original is let go, so a scan is never lost to a bad write.
     */
    public boolean isIntact(String sha256) {
        Path p = pathOf(sha256);
        if (!Files.isRegularFile(p)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest d = PdfAssembler.sha256();
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest()).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(temp); // stored meanwhile by another import: same bytes, same name
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the new directory entry durable where the OS allows it (Linux, macOS; not Windows). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort: Windows cannot open a directory as a channel
        }
    }

    static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // left for the next start's clean-up
        }
    }
}
