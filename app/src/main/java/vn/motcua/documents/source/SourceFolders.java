package vn.motcua.documents.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The working folders of a source, under one root ({@code <hot folder>/.motcua}): a file is
 * claimed into {@code processing/} by an atomic rename (on Windows that also proves the scanner
 * closed it), then moved to {@code done/} (kept 30 days), {@code waiting/} (no target yet) or
 * {@code refused/} (with the reason beside it). Nothing is ever overwritten: a name already
 * taken gets a {@code -2}, {@code -3}… suffix.
 */
final class SourceFolders {
    private final Path root;

    SourceFolders(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    Path processing() {
        return root.resolve("processing");
    }

    Path done() {
        return root.resolve("done");
    }

    Path waiting() {
        return root.resolve("waiting");
    }

    Path refused() {
        return root.resolve("refused");
    }

    /** Where a scanner command writes its output before it is claimed like a hot-folder file. */
    Path scannerWork() {
        return root.resolve("scanner");
    }

    /**
     * Takes {@code file} into processing/ by an atomic rename (processing/ is inside the hot
     * folder, so on the same volume); fails while another program holds the file open (Windows).
     */
    Path claim(Path file) throws IOException {
        Files.createDirectories(processing());
        return Files.move(file, free(processing(), file.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
    }

    /** Moves {@code file} into {@code dir} under a free name; atomic where the file system allows it. */
    Path moveInto(Path file, Path dir) throws IOException {
        Files.createDirectories(dir);
        Path target = free(dir, file.getFileName().toString());
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, target); // another volume: copied, then the source deleted
        }
    }

    /** {@code name} in {@code dir}, or {@code stem-2.ext}, {@code stem-3.ext}… when it is taken. */
    static Path free(Path dir, String name) {
        Path candidate = dir.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(candidate) || Files.exists(dir.resolve(candidate.getFileName() + ".txt")); n++) {
            candidate = dir.resolve(stem + "-" + n + ext);
        }
        return candidate;
    }

    /** Writes the reason a file was refused beside it, as {@code <name>.txt} (UTF-8). */
    static Path writeReason(Path refusedFile, String message) throws IOException {
        Path txt = refusedFile.resolveSibling(refusedFile.getFileName() + ".txt");
        Files.writeString(txt, message + System.lineSeparator(), StandardCharsets.UTF_8);
        return txt;
    }

    /** The regular files directly in {@code dir}, by name; none when it does not exist. */
    static List<Path> files(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            }
        }
        files.sort(Comparator.comparing(p -> p.getFileName().toString()));
        return files;
    }

    /** Marks a file as done now, so it is pruned a retention period after it was filed, not after it was scanned. */
    static void touch(Path file, Instant now) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(now));
    }

    /** Deletes originals in done/ filed before {@code cutoff}; returns how many. */
    int pruneDone(Instant cutoff) throws IOException {
        int pruned = 0;
        for (Path p : files(done())) {
            if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) {
                Files.deleteIfExists(p);
                pruned++;
            }
        }
        return pruned;
    }
}
