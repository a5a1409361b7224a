package vn.motcua.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.motcua.testing.TestOffice;

/**
 * Intake screen opening (issue 5, "Speed": ≤ 300 ms): from the request to the first frame
 * painted with the screen, in a real window under Xvfb; baseline in the same run: a screen
 * holding one label. Prints only; run with {@code ./mvnw -Pbench verify}.
 */
class IntakeScreenBench {
    @Test
    void intakeScreenOpens() throws Exception {
        Path data = BenchKit.workDir("intake-screen").resolve("data");
        TestOffice.initialized(data).close();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        try (VirtualDisplay display = VirtualDisplay.open()) {
            probe(display, data, "cold", times);
            probe(display, data, "warm", times);
        }
        double baseline = BenchKit.median(times.get("baseline"));
        BenchKit.table("IntakeScreenBench: open the intake screen (1366×768, Xvfb)", List.of(
                List.of("measure", "ms", "baseline ms", "ratio", "target"),
                List.of("first open, cold JVM", f(times.get("first-intake").get(0)), f(baseline),
                        BenchKit.ratio(times.get("first-intake").get(0), baseline), "(no warm-up)"),
                List.of("first open after the log-in warm-up", f(times.get("first-intake-warmed").get(0)), f(baseline),
                        BenchKit.ratio(times.get("first-intake-warmed").get(0), baseline), "<= 300 ms"),
                List.of("a new screen built again, median of " + times.get("intake").size(), f(BenchKit.median(times.get("intake"))),
                        f(baseline), BenchKit.ratio(BenchKit.median(times.get("intake")), baseline), "<= 300 ms"),
                List.of("back to the kept screen (what the desk does), median", f(BenchKit.median(times.get("kept"))), f(baseline),
                        BenchKit.ratio(BenchKit.median(times.get("kept")), baseline), "<= 300 ms")));
    }

    private static void probe(VirtualDisplay display, Path data, String mode, Map<String, List<Double>> times) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(BenchKit.javaBinary()));
        cmd.addAll(BenchKit.extraJvmFlags());
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), IntakeScreenProbe.class.getName(), data.toString(), mode));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().putAll(Desk.env(display));
        Process p = pb.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("DONE")) {
                if (line.startsWith("OPEN ")) {
                    String[] parts = line.split(" ");
                    times.computeIfAbsent(parts[1], k -> new ArrayList<>()).add(Double.parseDouble(parts[2]));
                }
            }
        }
        p.waitFor();
    }

    private static String f(double v) {
        return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
}
