package vn.motcua.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the benchmarks start the packaged desk and its empty-Stage baseline. */
final class Desk {
    static final String FIRST_FRAME = "MOTCUA_FIRST_FRAME";
    static final String IDLE_HEAP = "MOTCUA_IDLE_HEAP";
    private static final Pattern MILESTONE =
            Pattern.compile("^(\\S+) .*startup: (.+) at \\+\\d+ ms$");

    private Desk() {
    }

    /** Runs {@code init} through the jar, so the desk opens on its log-in window, not the wizard. */
    static void initialize(Path dataDir) throws IOException, InterruptedException {
        Path err = dataDir.resolveSibling(dataDir.getFileName() + "-init.err");
        Process p = new ProcessBuilder(BenchKit.javaBinary(), "-jar", BenchKit.jar().toString(),
                "--data-dir", dataDir.toString(), "init", "--office-id", "000.00.06.H56",
                "--office-name", "Trung tâm Phục vụ hành chính công xã Vụ Bản",
                "--admin-user", "admin", "--admin-password-stdin")
                .redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (OutputStream in = p.getOutputStream()) {
            in.write("mat-khau-bench-9\n".getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("init failed; its standard error:\n" + Launch.tail(err));
        }
    }

    /** The desk as a clerk starts it ({@code java -jar}), on {@code dataDir}. */
    static List<String> desk(Path dataDir, List<String> flags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(BenchKit.javaBinary());
        cmd.addAll(flags);
        cmd.addAll(List.of("-jar", BenchKit.jar().toString(), "--data-dir", dataDir.toString()));
        return cmd;
    }

    /** The empty Stage with the same flags and the same jars (plus target/test-classes for its class). */
    static List<String> emptyStage(List<String> flags) {
        List<String> cmd = new ArrayList<>();
        cmd.add(BenchKit.javaBinary());
        cmd.addAll(flags);
        cmd.addAll(List.of("-cp", BenchKit.appClassPath(), EmptyStageProbe.class.getName()));
        return cmd;
    }

    static Map<String, String> env(VirtualDisplay display) {
        return Map.of("DISPLAY", display.display());
    }

    /**
     * The start-up milestones the desk logged after {@code sinceEpochMillis}, as milliseconds
     * after that instant (the last occurrence of each wins).
     */
    static Map<String, Double> milestones(Path dataDir, long sinceEpochMillis) throws IOException {
        Map<String, Double> out = new LinkedHashMap<>();
        Path log = dataDir.resolve("logs").resolve("motcua.log");
        if (!Files.exists(log)) {
            return out;
        }
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = MILESTONE.matcher(line);
            if (m.matches()) {
                long at;
                try {
                    at = OffsetDateTime.parse(m.group(1)).toInstant().toEpochMilli();
                } catch (RuntimeException e) {
                    continue;
                }
                if (at >= sinceEpochMillis - 1) {
                    out.put(m.group(2), (double) (at - sinceEpochMillis));
                }
            }
        }
        return out;
    }
}
