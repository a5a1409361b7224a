package vn.motcua.sync.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.testing.TestClock;

/**
 * The deterministic simulation of design/sync.md: seeded workloads and fault plans, a virtual
 * clock, the real sync code on a real desk database against the in-memory portal. Each run
 * checks the invariants, and (unless the workload races a portal withdrawal) that the same
 * workload without faults ends in the same portal state — sent the other way: when the faulty
 * run batches its sends, the fault-free twin sends one call at a time, and the reverse. A failure prints its seed and a
 * shrunk workload; {@code -Dsim.seed=N} replays one run, {@code -Dsim.runs=N} sets how many
 * (default 200: about 30 s; 800 runs took 107 s on the 2-core build machine).
 */
class SyncSimulationTest {
    /** The share of calls that meet a fault; {@code -Dsim.faultRate=0.5} for a rougher line. */
    private static final double FAULT_RATE = Double.parseDouble(System.getProperty("sim.faultRate", "0.25"));
    @TempDir
    static Path tmp;
    static Path dir;
    static SimDatabase db;

    /** On a RAM disk when there is one: the desk forces every receipt to disk, which is all the cost here. */
    @BeforeAll
    static void open() throws java.io.IOException {
        Path shm = Path.of("/dev/shm");
        dir = java.nio.file.Files.isDirectory(shm) && java.nio.file.Files.isWritable(shm)
                ? java.nio.file.Files.createTempDirectory(shm, "motcua-sim-") : tmp;
        db = new SimDatabase(dir, new TestClock(SimRun.START));
    }

    @AfterAll
    static void close() throws java.io.IOException {
        db.close();
        if (!dir.equals(tmp)) {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void everyRunKeepsTheInvariantsAndEndsAsTheFaultFreeRun() {
        String one = System.getProperty("sim.seed");
        int runs = Integer.getInteger("sim.runs", 200);
        long base = Long.getLong("sim.base", 20261124L);
        long started = System.nanoTime();
        int faults = 0;
        int crashes = 0;
        for (int i = 0; i < (one != null ? 1 : runs); i++) {
            long seed = one != null ? Long.parseLong(one) : base + i * 7919L;
            Outcome o = runPair(seed, Workload.generate(seed));
            faults += o.faults;
            crashes += o.crashes;
            if (!o.problems.isEmpty()) {
                Workload small = Shrinker.shrink(Workload.generate(seed), w -> !runPair(seed, w).problems.isEmpty());
                throw new AssertionError("sim.seed=" + seed + " failed: " + o.problems + "\nshrunk workload: " + small
                        + "\nreplay: ./mvnw -o test -Dtest=SyncSimulationTest -Dsim.seed=" + seed);
            }
        }
        System.out.printf("sync simulation: %d runs (each with its fault-free twin), %d faults injected, %d desk crashes, %d ms%n",
                one != null ? 1 : runs, faults, crashes, (System.nanoTime() - started) / 1_000_000);
        System.out.printf("desk %d ms, ticks %d in %d ms, drain %d ms, checks %d ms, resets %d ms%n", SimRun.deskNanos / 1_000_000,
                SimRun.ticks, SimRun.tickNanos / 1_000_000, SimRun.drainNanos / 1_000_000, SimRun.checkNanos / 1_000_000,
                SimRun.resetNanos / 1_000_000);
        assertThat(faults).isPositive();
        assertThat(SimPortal.BATCHES.get()).as("batches were sent").isPositive();
    }

    record Outcome(List<String> problems, int faults, int crashes) {
    }

    static Outcome runPair(long seed, Workload w) {
        Random r = new Random(seed);
        Duration skew = Duration.ofMinutes(r.nextInt(3) == 0 ? r.nextInt(60 * 48) - 60 * 24 : 0);
        SimRun faulty = new SimRun(db, new FaultPlan(seed ^ 0x5EEDL, FAULT_RATE), skew);
        // half the runs send one call at a time (a portal without batches), and the twin the other way
        boolean batches = r.nextBoolean();
        faulty.portal.batches = batches;
        List<String> problems = new java.util.ArrayList<>();
        try {
            problems.addAll(faulty.run(w));
        } catch (RuntimeException e) {
            StringBuilder where = new StringBuilder(e.toString());
            for (StackTraceElement el : e.getStackTrace()) {
                if (el.getClassName().startsWith("vn.motcua")) {
                    where.append("\n    at ").append(el);
                }
            }
            problems.add(where.toString());
        }
        String withFaults = Invariants.normalized(faulty.portal);
        int injected = faulty.portal.faults.injected;
        int crashes = faulty.crashes;
        if (problems.isEmpty() && !w.racy()) {
            SimRun clean = new SimRun(db, FaultPlan.none(), skew);
            clean.portal.batches = !batches;
            problems.addAll(clean.run(w));
            String without = Invariants.normalized(clean.portal);
            if (!without.equals(withFaults)) {
                List<String> a = List.of(withFaults.split("\n"));
                List<String> b = List.of(without.split("\n"));
                problems.add("portal state differs from the fault-free run:\nonly with faults: "
                        + a.stream().filter(l -> !b.contains(l)).toList() + "\nonly without: " + b.stream().filter(l -> !a.contains(l)).toList());
            }
        }
        return new Outcome(problems, injected, crashes);
    }
}
