package vn.motcua.ui.intake;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * The intake draft on disk. Written atomically (a temporary file, then a move over the old
 * one), so a crash mid-write leaves the previous draft, never half a file. A draft that cannot
 * be read is moved aside (kept for a technician) and the form starts empty instead of failing.
 */
public final class IntakeDraftStore {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private final Path file;

    public IntakeDraftStore(Path file) {
        this.file = file;
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
            return new Loaded(Optional.of(JSON.readValue(file.toFile(), IntakeDraft.class)), null);
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
                Files.write(tmp, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(draft));
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

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
