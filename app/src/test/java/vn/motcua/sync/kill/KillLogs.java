package vn.motcua.sync.kill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * Keeps the children's logs of a failed run (the temporary directory is deleted) under
 * {@code target/kill-logs/seed-N}, and the databases' files as they were left (a desk that lost
 * a committed dossier after a SIGKILL is then there to open and read).
 */
final class KillLogs {
    private KillLogs() {
    }

    static Path keep(Path root, long seed) throws IOException {
        Path target = Path.of("target", "kill-logs", "seed-" + seed).toAbsolutePath();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.getParent() != null && Files.isRegularFile(f) && (f.getParent().getFileName().toString().equals("logs")
                            || f.getFileName().toString().endsWith(".mv.db")))
                    .forEach(f -> {
                        try {
                            Path to = target.resolve(root.relativize(f));
                            Files.createDirectories(to.getParent());
                            Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        return target;
    }
}
