package vn.motcua.bench;

import static vn.motcua.bench.BenchKit.median;
import static vn.motcua.bench.BenchKit.ms;
import static vn.motcua.bench.BenchKit.say;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Cold start to the first painted frame of the log-in window, next to an empty JavaFX Stage shown
 * by the same JVM flags and the same jars, measured in the same run: from just before
 * {@code ProcessBuilder.start()} to the moment the child's {@code MOTCUA_FIRST_FRAME} line is read.
 * One warm-up run of each first (OS file caches), then the variants interleaved run by run so a
 * busy neighbour on the shared machine slows both alike. Prints figures; asserts nothing timed.
 * Optional extra row: the same start with a dynamic AppCDS archive made by a scripted start.
 * And when the installer's launcher is there ({@link Packaged}: the installed .deb, else the app
 * image), a row for it: the jlinked runtime with the AppCDS archive the build made.
 */
class StartupBench {
    private static final int RUNS = Integer.getInteger("motcua.bench.startupRuns", 7);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final boolean APP_CDS = !Boolean.getBoolean("motcua.bench.skipAppCds");

    @Test
    void coldStartToFirstFrameOfLogInWindow() throws Exception {
        Path work = BenchKit.workDir("startup");
        Path data = work.resolve("data");
        Desk.initialize(data);
        List<String> flags = new ArrayList<>(BenchKit.extraJvmFlags());
        flags.add("-Dmotcua.bench.firstFrame=true");

        try (VirtualDisplay display = VirtualDisplay.open()) {
            say("display: " + display.describe() + "; " + RUNS + " timed runs per variant after 1 warm-up each");
            Map<String, List<String>> variants = new LinkedHashMap<>();
            variants.put("login window (desk)", Desk.desk(data, flags));
            variants.put("empty Stage (baseline)", Desk.emptyStage(flags));
            Map<String, Map<String, String>> envs = new LinkedHashMap<>();
            Packaged packaged = Packaged.find();
            if (packaged != null) {
                say("packaged launcher: " + packaged.describe());
                variants.put(packaged.variantName(), packaged.command(data));
                envs.put(packaged.variantName(), packaged.env(display, flags));
            } else {
                say("no packaged launcher (install the .deb from ./mvnw -Pinstaller package, or -Dmotcua.bench.launcher=…)");
            }
            String cdsNote = "";
            if (APP_CDS) {
                Path archive = work.resolve("desk.jsa");
                cdsNote = makeArchive(display, data, flags, archive, work);
                if (Files.exists(archive)) {
                    List<String> cdsFlags = new ArrayList<>(flags);
                    cdsFlags.add("-XX:SharedArchiveFile=" + archive);
                    cdsFlags.add("-Xlog:cds=off");
                    cdsFlags.add("-Xlog:cds+dynamic=off");
                    variants.put("login window + AppCDS", Desk.desk(data, cdsFlags));
                }
            }

            Map<String, List<Double>> times = new LinkedHashMap<>();
            Map<String, Map<String, List<Double>>> phases = new LinkedHashMap<>();
            variants.keySet().forEach(v -> {
                times.put(v, new ArrayList<>());
                phases.put(v, new LinkedHashMap<>());
            });
            for (int run = 0; run <= RUNS; run++) {
                for (Map.Entry<String, List<String>> v : variants.entrySet()) {
                    Path err = work.resolve("run-" + run + "-" + v.getKey().replaceAll("[^A-Za-z]+", "-") + ".err");
                    Launch child = Launch.start(v.getValue(), envs.getOrDefault(v.getKey(), Desk.env(display)), err);
                    Launch.Seen seen;
                    try {
                        seen = child.await(Desk.FIRST_FRAME, TIMEOUT);
                    } finally {
                        child.kill();
                    }
                    if (run == 0) {
                        continue; // warm-up: fills the OS file caches, not counted
                    }
                    times.get(v.getKey()).add(seen.millis());
                    Map<String, Double> at = v.getKey().startsWith("empty")
                            ? probeMilestones(child)
                            : Desk.milestones(data, child.startEpochMillis());
                    at.put("first frame marker read", seen.millis());
                    at.forEach((k, ms) -> phases.get(v.getKey()).computeIfAbsent(k, x -> new ArrayList<>()).add(ms));
                    Thread.sleep(200);
                }
            }
            report(times, phases, cdsNote);
        }
    }

    /** The empty Stage prints its own toolkit milestone (epoch ms) before the marker. */
    private static Map<String, Double> probeMilestones(Launch child) {
        Map<String, Double> at = new LinkedHashMap<>();
        for (String line : child.lines()) {
            String[] w = line.split(" ");
            if (w.length == 3 && w[0].equals(EmptyStageProbe.MILESTONE)) {
                String name = w[1].equals("main-entered") ? "main() entered (JVM boot)" : w[1].replace('-', ' ');
                at.put(name, (double) (Long.parseLong(w[2]) - child.startEpochMillis()));
            }
        }
        return at;
    }

    /**
     * A scripted start with {@code -XX:ArchiveClassesAtExit}: up to the services being ready (so the
     * background Hibernate classes are in it too), then a normal shutdown (SIGTERM) writes the archive.
     */
    private static String makeArchive(VirtualDisplay display, Path data, List<String> flags, Path archive, Path work)
            throws IOException, InterruptedException {
        List<String> dumpFlags = new ArrayList<>(flags);
        dumpFlags.add("-XX:ArchiveClassesAtExit=" + archive);
        dumpFlags.add("-Xlog:cds=off");
        dumpFlags.add("-Xlog:cds+dynamic=off");
        long t0 = System.nanoTime();
        Launch child = Launch.start(Desk.desk(data, dumpFlags), Desk.env(display), work.resolve("appcds-dump.err"));
        try {
            child.await(Desk.FIRST_FRAME, TIMEOUT);
            long deadline = System.currentTimeMillis() + TIMEOUT.toMillis();
            while (!Desk.milestones(data, child.startEpochMillis()).containsKey("services ready")
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(200);
            }
        } catch (IllegalStateException e) {
            child.kill();
            say("AppCDS: no archive (" + e.getMessage().lines().findFirst().orElse("") + ")");
            return "AppCDS archive could not be made";
        }
        child.terminate(TIMEOUT);
        if (!Files.exists(archive)) {
            say("AppCDS: the JVM wrote no archive; see " + work.resolve("appcds-dump.err"));
            return "AppCDS archive could not be made";
        }
        return String.format(Locale.ROOT, "AppCDS archive %s MB, made by a scripted start in %.1f s (java -jar cannot carry it; the installer's launcher has its own, see Packaged)",
                BenchKit.mb(Files.size(archive)), (System.nanoTime() - t0) / 1e9);
    }

    private static void report(Map<String, List<Double>> times, Map<String, Map<String, List<Double>>> phases,
                               String cdsNote) {
        List<String> names = new ArrayList<>(times.keySet());
        String desk = names.get(0);
        String empty = names.get(1);
        double baseline = median(times.get(empty));

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("variant", "median ms", "min ms", "max ms", "ratio to empty Stage", "runs"));
        for (String v : names) {
            List<Double> t = times.get(v);
            rows.add(List.of(v, ms(median(t)), ms(BenchKit.min(t)), ms(BenchKit.max(t)),
                    BenchKit.ratio(median(t), baseline), Integer.toString(t.size())));
        }
        BenchKit.table("startup: launch → first painted frame (ms)", rows);

        List<String> milestones = new ArrayList<>();
        phases.values().forEach(p -> p.keySet().forEach(k -> {
            if (!milestones.contains(k) && !k.equals("services ready")) {
                milestones.add(k);
            }
        }));
        // the order in which a start passes them; anything else after
        List<String> order = List.of("main() entered (JVM boot)", "desktop requested", "toolkit started", "first frame",
                "first frame marker read");
        milestones.sort(java.util.Comparator.comparingInt(m -> order.contains(m) ? order.indexOf(m) : order.size()));
        List<List<String>> prow = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("milestone (median ms after launch)"));
        header.addAll(names);
        prow.add(header);
        for (String m : milestones) {
            List<String> r = new ArrayList<>(List.of(m));
            for (String v : names) {
                List<Double> vals = phases.get(v).get(m);
                r.add(vals == null || vals.isEmpty() ? "-" : ms(median(vals)));
            }
            prow.add(r);
        }
        BenchKit.table("startup phases (desk: log milestones; empty Stage: its own)", prow);
        if (!cdsNote.isEmpty()) {
            say(cdsNote);
        }

        double deskMedian = median(times.get(desk));
        System.out.printf(Locale.ROOT,
                "startup.loginFirstFrame median=%sms min=%sms max=%sms (baseline emptyStage median=%sms, ratio %.2f×; targets ≤1200 ms and ≤1.6×)%n",
                ms(deskMedian), ms(BenchKit.min(times.get(desk))), ms(BenchKit.max(times.get(desk))),
                ms(baseline), deskMedian / baseline);
        for (String v : names.subList(2, names.size())) {
            double m = median(times.get(v));
            String key = v.startsWith(Packaged.PREFIX) ? "startup.loginFirstFrame.packaged" : "startup.loginFirstFrame.appCds";
            System.out.printf(Locale.ROOT,
                    "%s median=%sms (%.0f%% of java -jar in the same run, %sms; ratio to emptyStage %.2f×; target ≤1000 ms for the installed app) [%s]%n",
                    key, ms(m), 100 * m / deskMedian, ms(deskMedian), m / baseline, v);
        }
        System.out.flush();
    }
}
