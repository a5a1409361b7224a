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

    /**
     * Copies left by a run that was killed (or a viewer that held them) go when the store opens.
     * The command line opens a store while the desktop runs, so a work copy is only taken once it
     * is older than any signing takes; a viewer copy may go at once (a viewer that opened it keeps
     * reading it, or the OS refuses the delete).
     */
    void clearLeftovers() {
        deleteTree(viewDir);
        clearStale(workDir, WORK_GRACE);
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

    static final java.time.Duration WORK_GRACE = java.time.Duration.ofHours(1);

    /** Deletes the entries of {@code dir} (files or whole directories) last modified more than {@code age} ago. */
    static void clearStale(Path dir, java.time.Duration age) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        java.time.Instant cutoff = java.time.Instant.now().minus(age);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.toList()) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                    deleteTree(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: the next start tries again
        }
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
