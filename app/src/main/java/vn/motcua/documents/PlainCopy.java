package vn.motcua.documents;

import java.nio.file.Path;

/**
 * A plain temporary copy of a stored document for an API that only takes a file (PDF signing,
 * OCR); closing it deletes the copy, so a sealed store does not leave clear PDFs behind.
 */
public record PlainCopy(Path path) implements AutoCloseable {
    /**
     * Removes plain copies older than {@code age} from {@code dir}: those of a run that was killed
     * before it could delete them (a live run's copy is younger).
     */
    public static void clearStale(Path dir, java.time.Duration age) {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith(".plain-")).toList()) {
                if (java.nio.file.Files.getLastModifiedTime(p).toInstant().isBefore(java.time.Instant.now().minus(age))) {
                    DocumentStore.deleteQuietly(p);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // a missing work directory has nothing stale; anything else is retried by the next pass
        }
    }

    @Override
    public void close() {
        DocumentStore.deleteQuietly(path);
    }
}
