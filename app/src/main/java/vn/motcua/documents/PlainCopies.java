package vn.motcua.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The plain copies a store hands out of its (possibly sealed) files: temporary ones in a caller's
 * work directory, and the viewer's in {@code documents/view-tmp/}. Both live under the data
 * directory, never in the system's temporary folder, which other accounts and clean-up tools see.
 */
final class PlainCopies {
    private final DocumentStore store;
    private final Path viewDir;
    private final Path workDir;

    PlainCopies(DocumentStore store, Path documentsDir) {
        this.store = store;
        this.viewDir = documentsDir.resolve("view-tmp");
        this.workDir = documentsDir.resolve("work-tmp");
    }

    Path viewDir() {
        return viewDir;
    }

    Path workDir() {
        return workDir;
    }

    /** Copies left by a run that was killed (or a viewer that held them) go when the store opens. */
    void clearLeftovers() {
        deleteTree(viewDir);
        deleteTree(workDir);
    }

    void clearViewCopies() {
        deleteTree(viewDir);
    }

    PlainCopy temporary(String sha256, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path copy = Files.createTempFile(dir, ".plain-", ".pdf");
        fill(sha256, copy);
        return new PlainCopy(copy);
    }

    Path forViewer(String sha256, String fileName) throws IOException {
        Files.createDirectories(viewDir);
        Path dir = Files.createTempDirectory(viewDir, "v");
        Path copy = dir.resolve(safe(fileName));
        fill(sha256, copy);
        return copy;
    }

    private void fill(String sha256, Path copy) throws IOException {
        try (InputStream in = store.open(sha256); OutputStream out = Files.newOutputStream(copy)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            DocumentStore.deleteQuietly(copy);
            throw e;
        }
    }

    /** A file name the viewer shows: no directory parts, something left when all was stripped. */
    private static String safe(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return name.isEmpty() || name.startsWith(".") ? "tai-lieu.pdf" : name;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(DocumentStore::deleteQuietly);
        } catch (IOException | RuntimeException e) {
            // best effort: a viewer on Windows may hold a copy open; the next start clears it
        }
    }
}
