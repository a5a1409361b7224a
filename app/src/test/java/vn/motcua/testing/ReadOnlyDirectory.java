package vn.motcua.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A directory nobody can write into. Root ignores file permissions, so as root (CI) this mounts
 * a real read-only tmpfs; otherwise it removes the write permission.
 */
public final class ReadOnlyDirectory implements AutoCloseable {
    private final Path path;
    private final boolean mounted;

    private ReadOnlyDirectory(Path path, boolean mounted) {
        this.path = path;
        this.mounted = mounted;
    }

    public static ReadOnlyDirectory create(Path parent) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(parent.resolve("read-only"));
        if (isRoot()) {
            run("mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", dir.toString());
            return new ReadOnlyDirectory(dir, true);
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        return new ReadOnlyDirectory(dir, false);
    }

    /** A tiny tmpfs filled to the last byte (root only), or {@code null} when not root. */
    public static ReadOnlyDirectory fullDisk(Path parent) throws IOException, InterruptedException {
        if (!isRoot()) {
            return null;
        }
        Path dir = Files.createDirectories(parent.resolve("full"));
        run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", dir.toString());
        run("sh", "-c", "dd if=/dev/zero of=" + dir.resolve("filler") + " bs=4k 2>/dev/null; true");
        return new ReadOnlyDirectory(dir, true);
    }

    public Path path() {
        return path;
    }

    public static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("failed: " + String.join(" ", command));
        }
    }

    @Override
    public void close() throws Exception {
        if (mounted) {
            run("umount", path.toString());
        } else {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
