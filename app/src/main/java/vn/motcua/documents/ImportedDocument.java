package vn.motcua.documents;

import java.nio.file.Path;

/** The result of an import: the stored PDF's hash, page count, size and place in the store. */
public record ImportedDocument(String sha256, int pages, long bytes, Path path) {
}
