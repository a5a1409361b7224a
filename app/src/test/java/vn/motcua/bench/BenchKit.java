package vn.motcua.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Shared bits of the benchmarks: where things are, how children are started, medians, tables. */
final class BenchKit {
    private BenchKit() {
    }

    /** The packaged application, handed in by the bench profile as {@code motcua.jar}. */
    static Path jar() {
        String p = System.getProperty("motcua.jar");
        if (p == null || !Files.isRegularFile(Path.of(p))) {
            throw new IllegalStateException("motcua.jar not found (" + p + "): run through ./mvnw -Pbench verify");
        }
        return Path.of(p).toAbsolutePath();
    }

    /** A fresh working directory under target/bench/, kept after the run for the logs. */
    static Path workDir(String name) throws IOException {
        Path dir = jar().getParent().resolve("bench").resolve(name);
        deleteTree(dir);
        return Files.createDirectories(dir);
    }

    /**
     * A work directory kept between runs (not emptied): for a fixture too slow to build each time;
     * under {@code -Dmotcua.bench.kept=DIR} when given, else beside the jar.
     */
    static Path keptDir(String name) throws IOException {
        String base = System.getProperty("motcua.bench.kept"); // e.g. outside the build, shared by work trees
        return Files.createDirectories((base != null ? Path.of(base) : jar().getParent().resolve("bench-kept")).resolve(name));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Where this package's compiled classes are (target/test-classes). */
    static Path testClasses() {
        try {
            return Path.of(BenchKit.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The class path of a bench main class: the application jar (whose manifest brings lib/*) and
     * the test classes, so a baseline loads JavaFX from exactly the same jars as the desk.
     */
    static String appClassPath() {
        return jar() + File.pathSeparator + testClasses();
    }

    /** Extra JVM flags for every child, e.g. {@code -Dmotcua.bench.jvmArgs="-XX:TieredStopAtLevel=1"}. */
    static List<String> extraJvmFlags() {
        String extra = System.getProperty("motcua.bench.jvmArgs", "").trim();
        return extra.isEmpty() ? List.of() : Arrays.asList(extra.split("\\s+"));
    }

    static double median(List<Double> values) {
        List<Double> s = new ArrayList<>(values);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    static String ms(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.0f", v);
    }

    static String mb(double bytes) {
        return bytes < 0 || Double.isNaN(bytes) ? "-" : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    static String ratio(double value, double baseline) {
        return String.format(Locale.ROOT, "%.2f×", value / baseline);
    }

    /** Prints rows as a left-aligned text table under a title; the first row is the header. */
    static void table(String title, List<List<String>> rows) {
        int cols = rows.get(0).size();
        int[] width = new int[cols];
        for (List<String> r : rows) {
            for (int i = 0; i < cols; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder sb = new StringBuilder("\n== ").append(title).append(" ==\n");
        for (int r = 0; r < rows.size(); r++) {
            for (int i = 0; i < cols; i++) {
                String cell = rows.get(r).get(i);
                sb.append(i == 0 ? "" : "  ");
                sb.append(i == 0 ? pad(cell, width[i]) : padLeft(cell, width[i]));
            }
            sb.append('\n');
            if (r == 0) {
                int total = Arrays.stream(width).sum() + 2 * (cols - 1);
                sb.append("-".repeat(total)).append('\n');
            }
        }
        System.out.print(sb);
        System.out.flush();
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(w - s.length());
    }

    private static String padLeft(String s, int w) {
        return " ".repeat(w - s.length()) + s;
    }

    static void say(String line) {
        System.out.println("[bench] " + line);
        System.out.flush();
    }
}
