package vn.motcua.documents;

import java.nio.file.Path;

/**
 * An input that passed the checks: its real kind and how many pages it brings.
 *
 * @param path the quarantine copy
 * @param name the name the clerk knows the file by (for messages)
 */
public record CheckedFile(Path path, String name, FileKind kind, int pages, long bytes) {
}
