package vn.motcua.documents;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A private copy of an import's inputs, {@code documents/quarantine/<uuid>/}: the pipeline works
 * on files nobody else writes to (the scanner or the clerk may still touch the originals). The
 * directory holds a lock while its import runs; a directory without a live lock is a leftover of
 * a crashed import and is removed on the next start.
 */
final class Quarantine implements AutoCloseable {
    private static final String LOCK = ".lock";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private Quarantine(Path dir, FileChannel lockChannel, FileLock lock) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    static Quarantine open(Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve(UUID.randomUUID().toString()));
        FileChannel ch = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return new Quarantine(dir, ch, ch.lock());
    }

    /** The directory itself, for work files that must go with it. */
    Path dir() {
        return dir;
    }

    /** Copies {@code file} in as the {@code index}-th input, keeping its name for messages. */
    Path take(int index, Path file) throws IOException {
        return Files.copy(file, dir.resolve(String.format("%04d.in", index)));
    }

    /** Removes leftovers of crashed imports under {@code root}; directories of running imports are kept. */
    static void cleanLeftovers(Path root) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                if (unlocked(dir)) {
                    deleteTree(dir);
                }
            }
        } catch (IOException e) {
            // tried again at the next start
        }
    }

    private static boolean unlocked(Path dir) {
        Path lockFile = dir.resolve(LOCK);
        if (!Files.exists(lockFile)) {
            return true;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock l = ch.tryLock();
            if (l == null) {
                return false;
            }
            l.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this very process is importing into it
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                DocumentStore.deleteQuietly(p);
            }
        } catch (IOException e) {
            // tried again at the next start
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // the directory is removed anyway
        }
        deleteTree(dir);
    }
}
