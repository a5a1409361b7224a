package vn.motcua.ui.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.slf4j.LoggerFactory;
import vn.motcua.encryption.SealedFile;

/**
 * The intake draft on disk. Written atomically (a temporary file, then a move over the old
 * one), so a crash mid-write leaves the previous draft, never half a file. A draft that cannot
 * be read is moved aside (kept for a technician) and the form starts empty instead of failing.
 *
 * <p>The draft holds applicants' names and ID numbers: with the office's drafts key it is sealed
 * ({@link SealedFile}). A plain draft written before encryption was turned on still loads (and is
 * sealed at the next save); a sealed draft that does not open — damaged, or another key — is set
 * aside like a corrupt one, kept rather than lost.
 */
public final class IntakeDraftStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path file;
    private final SecretKey key;

    /** {@code keyOrNull}: the office's drafts key, or null while encryption at rest is off. */
    public IntakeDraftStore(Path file, SecretKey keyOrNull) {
        this.file = file;
        this.key = keyOrNull;
    }

    public Path file() {
        return file;
    }

    /** What a read found: the draft, or nothing, and whether a damaged file was set aside. */
    public record Loaded(Optional<IntakeDraft> draft, Path setAside) {
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Optional.empty(), null);
        }
        try {
            return new Loaded(Optional.of(JSON.readValue(read(), IntakeDraft.class)), null);
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + System.currentTimeMillis());
            try {
                Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                e.addSuppressed(moveFailed);
            }
            LoggerFactory.getLogger(IntakeDraftStore.class).warn("unreadable intake draft moved to {}", aside, e);
            return new Loaded(Optional.empty(), aside);
        }
    }

    public void save(IntakeDraft draft) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "intake", ".tmp");
            try {
                write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(draft));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The draft's JSON, whether the file is sealed or not (a sealed file without a key fails: set aside). */
    private byte[] read() throws IOException {
        if (!SealedFile.isSealed(file)) {
            return Files.readAllBytes(file);
        }
        if (key == null) {
            throw new IOException(file + " is sealed and no drafts key is loaded");
        }
        try (InputStream in = SealedFile.open(Files.newInputStream(file), key, file.getFileName().toString())) {
            return in.readAllBytes();
        }
    }

    private void write(Path tmp, byte[] json) throws IOException {
        if (key == null) {
            Files.write(tmp, json);
            return;
        }
        try (OutputStream out = SealedFile.seal(Files.newOutputStream(tmp), key)) {
            out.write(json);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
