package vn.motcua.documents;

import java.nio.file.Path;

/** A PDF in the store; {@code created} is false when identical content was already there. */
public record StoredFile(String sha256, long bytes, Path path, boolean created) {
}
