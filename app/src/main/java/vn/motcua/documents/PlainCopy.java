package vn.motcua.documents;

import java.nio.file.Path;

/**
 * A plain temporary copy of a stored document for an API that only takes a file (PDF signing,
 * OCR); closing it deletes the copy, so a sealed store does not leave clear PDFs behind.
 */
public record PlainCopy(Path path) implements AutoCloseable {
    @Override
    public void close() {
        DocumentStore.deleteQuietly(path);
    }
}
