package vn.motcua.bench;

import static vn.motcua.bench.BenchKit.mb;
import static vn.motcua.bench.BenchKit.median;
import static vn.motcua.bench.BenchKit.say;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Idle heap: the desk on its log-in window with its services ready (database, Hibernate), 2 s
 * later, used heap after two full collections, printed by the guarded hook
 * {@code -Dmotcua.bench.idleHeap=true} ({@code IdleHeapProbe}). Baseline: the empty Stage measured
 * by the same code with the same flags. The resident set size (Linux) is shown for information.
 */
class IdleHeapBench {
    private static final int RUNS = Integer.getInteger("motcua.bench.heapRuns", 3);
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @Test
    void usedHeapAfterGcOnTheIdleLogInWindow() throws Exception {
        Path work = BenchKit.workDir("idle-heap");
        Path data = work.resolve("data");
        Desk.initialize(data);
        List<String> flags = new ArrayList<>(BenchKit.extraJvmFlags());
        flags.add("-Dmotcua.bench.firstFrame=true");
        flags.add("-Dmotcua.bench.idleHeap=true");

        try (VirtualDisplay display = VirtualDisplay.open()) {
            say("display: " + display.describe() + "; " + RUNS + " runs per variant");
            Map<String, List<String>> variants = new LinkedHashMap<>();
            variants.put("login window, services ready (desk)", Desk.desk(data, flags));
            variants.put("empty Stage (baseline)", Desk.emptyStage(flags));
            Map<String, List<Double>> heap = new LinkedHashMap<>();
            Map<String, List<Double>> rss = new LinkedHashMap<>();
            List<Double> servicesReady = new ArrayList<>();
            variants.keySet().forEach(v -> {
                heap.put(v, new ArrayList<>());
                rss.put(v, new ArrayList<>());
            });
            for (int run = 0; run < RUNS; run++) {
                for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                    Launch child = Launch.start(v.getValue(), Desk.env(display),
                            work.resolve("run-" + run + "-" + v.getKey().replaceAll("[^A-Za-z]+", "-") + ".err"));
                    try {
                        Launch.Seen seen = child.await(Desk.IDLE_HEAP, TIMEOUT);
                        heap.get(v.getKey()).add((double) seen.value());
                        rss.get(v.getKey()).add((double) child.rssBytes());
                        if (v.getKey().endsWith("(desk)")) {
                            Double ready = Desk.milestones(data, child.startEpochMillis()).get("services ready");
                            if (ready != null) {
                                servicesReady.add(ready);
                            }
                        }
                    } finally {
                        // a normal shutdown (SIGTERM): H2 closes and removes its lock file, so the
                        // next run's "services ready" is not slowed by a stale-lock takeover
                        child.terminate(Duration.ofSeconds(30));
                    }
                }
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("variant", "used heap after GC, median MB", "min MB", "max MB", "RSS median MB", "runs"));
            for (String v : variants.keySet()) {
                List<Double> h = heap.get(v);
                rows.add(List.of(v, mb(median(h)), mb(BenchKit.min(h)), mb(BenchKit.max(h)),
                        mb(median(rss.get(v))), Integer.toString(h.size())));
            }
            BenchKit.table("idle heap (used after System.gc() ×2, 2 s after ready)", rows);
            List<String> names = new ArrayList<>(variants.keySet());
            double desk = median(heap.get(names.get(0)));
            double empty = median(heap.get(names.get(1)));
            if (!servicesReady.isEmpty()) {
                say("desk services ready (database + Hibernate in the background): median "
                        + BenchKit.ms(median(servicesReady)) + " ms after launch, previous run shut down normally");
            }
            System.out.printf(Locale.ROOT,
                    "idle.heapUsedAfterGc median=%sMB (baseline emptyStage median=%sMB, desk adds %sMB; target ≤150 MB)%n",
                    mb(desk), mb(empty), mb(desk - empty));
            System.out.flush();
        }
    }
}
