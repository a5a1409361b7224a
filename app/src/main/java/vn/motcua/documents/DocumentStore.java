package vn.motcua.documents;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.SecretKey;
import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.SealBrokenException;
import vn.motcua.encryption.SealedFile;

/**
 * Content-addressed PDFs: {@code documents/sha256/<first 2 hex>/<hex>.pdf}. A file is written to
 * a temporary name in the store, forced to disk and moved into place atomically, so a crash
 * leaves either the whole file or none; the same content is stored once. Files are never
 * overwritten or deleted here: a dossier's link to them is what gets tombstoned.
 *
 * <p>With a document key the store seals what it writes ({@link SealedFile}) at the same path:
 * the name stays the SHA-256 of the <em>plain</em> PDF, so deduplication and the database's links
 * do not change when encryption is turned on, and files written before (plain) stay readable
 * until {@link #sealExisting} converts them. Readers therefore never open {@link #pathOf} themselves
 * but go through {@link #open}, {@link #plainCopy} or {@link #viewCopy}.
 */
public final class DocumentStore {
    /** Writes a document's bytes to the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path root;
    private final SecretKey key;
    private final PlainCopies copies;

    /** {@code keyOrNull}: the office's documents key, or null while encryption at rest is off. */
    public DocumentStore(Path documentsDir, SecretKey keyOrNull) {
        this.root = documentsDir.resolve("sha256");
        this.key = keyOrNull;
        this.copies = new PlainCopies(this, documentsDir);
        copies.clearLeftovers();
    }

    /** Whether new documents are sealed (a document key was given). */
    public boolean sealing() {
        return key != null;
    }

    /**
     * Where the file for {@code sha256} lives. Its bytes may be sealed: read them through
     * {@link #open}, never from this path.
     */
    public Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + ".pdf");
    }

    /**
     * The plain bytes of the stored document, whether its file is sealed or not (decided from the
     * opened file itself, so a file being sealed meanwhile is read whole in either state). A sealed
     * file that fails its check gives a {@link SealBrokenException}; a missing one
     * {@link java.nio.file.NoSuchFileException}.
     */
    public InputStream open(String sha256) throws IOException {
        Path p = pathOf(sha256);
        PushbackInputStream in = new PushbackInputStream(new BufferedInputStream(Files.newInputStream(p), 1 << 16), 8);
        try {
            byte[] head = in.readNBytes(8);
            in.unread(head);
            if (!SealedFile.startsSealed(head)) {
                return in;
            }
            if (key == null) {
                throw new IOException(p + " is sealed and the office key is not loaded");
            }
            return SealedFile.open(in, key, p.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The plain size of the stored document (from the sealed size for a sealed file). */
    public long size(String sha256) throws IOException {
        Path p = pathOf(sha256);
        try (FileChannel ch = FileChannel.open(p, StandardOpenOption.READ)) {
            ByteBuffer head = ByteBuffer.allocate(8);
            while (head.hasRemaining() && ch.read(head) >= 0) {
                // a short file is plain (or damaged: open says so)
            }
            long bytes = ch.size();
            if (!SealedFile.startsSealed(Arrays.copyOf(head.array(), head.position()))) {
                return bytes;
            }
            long plain = SealedFile.plainSize(bytes);
            if (plain < 0) {
                throw new SealBrokenException(p.getFileName() + ": too short for a sealed file", null);
            }
            return plain;
        }
    }

    /**
     * A plain copy of the document in {@code workDir} (under the data directory), for an API that
     * needs a file (PDF signing, OCR): closing it deletes the copy.
     */
    public PlainCopy plainCopy(String sha256, Path workDir) throws IOException {
        return copies.temporary(sha256, workDir);
    }

    /**
     * A plain copy for the system's PDF viewer under {@code documents/view-tmp/}: a viewer needs a
     * plain file it may keep open after we hand it over, so it is not deleted at once but when the
     * store opens next and when the application exits ({@link #clearViewCopies}).
     */
    public Path viewCopy(String sha256, String fileName) throws IOException {
        return copies.forViewer(sha256, fileName);
    }

    /** A work directory under the data directory for plain copies and signing output (cleared when the store opens). */
    public Path workDirectory() {
        return copies.workDir();
    }

    /** Where viewer copies go; rendered forms shown to the clerk go there too. */
    public Path viewDirectory() {
        return copies.viewDir();
    }

    /** Deletes the viewer copies (on exit; best effort: a viewer may still hold one open). */
    public void clearViewCopies() {
        copies.clearViewCopies();
    }

    /**
     * Seals every plain file in the store in place ({@code encryption enable}); see
     * {@link StoreSealing}. Needs the document key.
     */
    public StoreSealing.Counts sealExisting(StoreSealing.Progress progress) {
        if (key == null) {
            throw new IllegalStateException("sealing the store needs the document key");
        }
        return new StoreSealing(root, key).sealAll(progress);
    }

    /** Writes, hashes and stores {@code content}; returns where it lives. */
    public StoredFile store(Content content) {
        return store(root, content);
    }

    /**
     * As {@link #store(Content)}, writing the temporary file in {@code workDir} (on the same file
     * system as the store): an import passes its quarantine directory, so the half-written file
     * of a killed import is removed with the quarantine on the next start. With a key the
     * temporary file is sealed too: the plain PDF never touches the disk here.
     */
    public StoredFile store(Path workDir, Content content) {
        Path temp = null;
        try {
            Files.createDirectories(root);
            temp = Files.createTempFile(workDir, ".incoming-", ".pdf");
            MessageDigest digest = PdfAssembler.sha256();
            long bytes;
            OutputStream file = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16);
            try (CountingOutputStream out = new CountingOutputStream(new DigestOutputStream(key == null ? file : SealedFile.seal(file, key), digest))) {
                content.writeTo(out);
                bytes = out.count();
            }
            force(temp);
            String sha = HexFormat.of().formatHex(digest.digest());
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

    /**
     * Re-hashes the plain content of every referenced file: which are missing and which no longer
     * match their name (a sealed file that fails its check counts as altered).
     */
    public VerifyReport verify(Collection<String> referenced) {
        List<String> missing = new java.util.ArrayList<>();
        List<String> altered = new java.util.ArrayList<>();
        for (String sha : referenced.stream().distinct().sorted().toList()) {
            switch (check(sha)) {
                case MISSING -> missing.add(sha);
                case ALTERED -> altered.add(sha);
                case INTACT -> { }
            }
        }
        return new VerifyReport((int) referenced.stream().distinct().count(), missing, altered);
    }

    /**
     * Whether the stored file for {@code sha256} is there and its plain content still hashes to
     * its name: checked before a source's original is let go, so a scan is never lost to a bad write.
     */
    public boolean isIntact(String sha256) {
        return check(sha256) == State.INTACT;
    }

    private enum State { INTACT, MISSING, ALTERED }

    private State check(String sha) {
        if (!Files.isRegularFile(pathOf(sha))) {
            return State.MISSING;
        }
        try (InputStream in = open(sha)) {
            MessageDigest d = PdfAssembler.sha256();
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                d.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(d.digest()).equals(sha) ? State.INTACT : State.ALTERED;
        } catch (SealBrokenException e) {
            return State.ALTERED;
        } catch (IOException e) {
            return State.MISSING;
        }
    }

    static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(temp); // stored meanwhile by another import: same bytes, same name
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the new directory entry durable where the OS allows it (Linux, macOS; not Windows). */
    static void forceDirectory(Path dir) {
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
