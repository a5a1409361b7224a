package vn.motcua.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The installer's launcher, for the benchmarks: {@code -Dmotcua.bench.launcher=…/bin/motcua} when
 * given, else the installed .deb's {@code /opt/motcua/bin/motcua}, else the app image that
 * {@code ./mvnw -Pinstaller package} left in installer/target/app-image. Only the installed one
 * maps its AppCDS archive: JDK 17 refuses a dynamic archive whose jars moved (installer/README.md),
 * so the app image row is labelled as running without it.
 */
record Packaged(Path launcher, Path root, boolean installed) {
    static final Path INSTALLED = Path.of("/opt/motcua");
    static final String PREFIX = "packaged launcher";

    /** The launcher to measure, or null when there is none. */
    static Packaged find() {
        String given = System.getProperty("motcua.bench.launcher");
        if (given != null && !given.isBlank()) {
            Path l = Path.of(given).toAbsolutePath();
            Path root = l.getParent().getParent();
            return new Packaged(l, root, root.equals(INSTALLED));
        }
        if (Files.isExecutable(INSTALLED.resolve("bin/motcua"))) {
            return new Packaged(INSTALLED.resolve("bin/motcua"), INSTALLED, true);
        }
        Path image = appImage();
        return Files.isExecutable(image.resolve("bin/motcua")) ? new Packaged(image.resolve("bin/motcua"), image, false) : null;
    }

    /** installer/target/app-image/motcua beside app/target/motcua.jar. */
    static Path appImage() {
        return BenchKit.jar().getParent().getParent().getParent().resolve("installer/target/app-image/motcua");
    }

    String variantName() {
        return PREFIX + (installed ? " (jlink + AppCDS)" : " (app image: AppCDS refused)");
    }

    String describe() {
        return launcher + (installed ? " (installed)" : " (app image; its archive is only valid at " + INSTALLED + ")");
    }

    /** The launcher takes JVM options only from its .cfg; the bench's own go through JAVA_TOOL_OPTIONS. */
    List<String> command(Path dataDir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher.toString());
        cmd.addAll(List.of("--data-dir", dataDir.toString()));
        return cmd;
    }

    Map<String, String> env(VirtualDisplay display, List<String> flags) {
        Map<String, String> env = new HashMap<>(Desk.env(display));
        env.put("JAVA_TOOL_OPTIONS", String.join(" ", flags));
        return env;
    }

    /** Bytes of every regular file under {@code dir} (apparent size, as an installer reports it). */
    static long bytes(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }
}
