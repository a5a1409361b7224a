package vn.motcua.bench;

import static vn.motcua.bench.BenchKit.median;
import static vn.motcua.bench.BenchKit.ms;
import static vn.motcua.bench.BenchKit.say;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.AppContext;
import vn.motcua.security.StaffUser;
import vn.motcua.testing.JavaProcess;
import vn.motcua.testing.TestOffice;
import vn.motcua.testing.WriteBurst;

/**
 * H2 reopening after a SIGKILL in the middle of a write burst, next to reopening the same file
 * after a clean close. A child JVM ({@link WriteBurst}) commits users as fast as it can; it is
 * killed; its data directory is then copied as the kill left it (one copy per timed open, since
 * the first open repairs the file), and each copy is opened once in this JVM: plain JDBC
 * ({@code DriverManager.getConnection}, the desk's URL) and {@code TestOffice.open} (H2 + pool +
 * Flyway schema check + Hibernate). The baseline reopens a cleanly closed copy the same ways.
 * This JVM opens a throwaway office first, so no figure includes loading Hibernate's classes.
 * Two files: a few hundred rows, and a burst of ~10 s. A diagnostic row opens a killed copy whose
 * stale {@code motcua.lock.db} (left by {@code AUTO_SERVER}'s file lock) was deleted first, to
 * tell H2's store recovery apart from its lock-file protocol. Copies are deleted after use.
 */
class H2RecoveryBench {
    private static final int REPS = Integer.getInteger("motcua.bench.h2Reps", 3);
    private static final int SMALL_ROWS = 300;
    private static final long BIG_BURST_MILLIS = Long.getLong("motcua.bench.h2BigBurstMillis", 10_000);

    private static final String STALE_LOCK_REMOVED = "JDBC, stale .lock.db deleted (diagnostic)";

    private record Burst(String label, Path dir, int acknowledgedRows, Set<String> acknowledged, long fileBytes,
                         double burstSeconds) {
    }

    @Test
    void reopenAfterKillDuringWriteBurst() throws Exception {
        Path work = BenchKit.workDir("h2-recovery");
        try (AppContext warm = TestOffice.initialized(work.resolve("warm-up"))) {
            warm.users().list();
        }
        List<Burst> bursts = List.of(
                burst("few hundred rows", work.resolve("small"), SMALL_ROWS, 0),
                burst(String.format(Locale.ROOT, "~%d s burst", BIG_BURST_MILLIS / 1000), work.resolve("big"),
                        Integer.MAX_VALUE, BIG_BURST_MILLIS));

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("file", "rows acked", ".mv.db MB", "open", "after SIGKILL median ms", "min", "max",
                "after clean close median ms", "ratio", "lost rows"));
        double worst = 0;
        String worstLabel = "";
        double worstBaseline = 0;
        for (Burst b : bursts) {
            Map<String, List<Double>> killed = new LinkedHashMap<>();
            Map<String, List<Double>> clean = new LinkedHashMap<>();
            for (String kind : List.of("JDBC", STALE_LOCK_REMOVED, "TestOffice.open")) {
                killed.put(kind, new ArrayList<>());
                clean.put(kind, new ArrayList<>());
            }
            Path cleanDir = copyOf(b.dir(), b.dir().resolveSibling(b.dir().getFileName() + "-clean"));
            try (AppContext c = TestOffice.open(cleanDir)) {
                c.users().list();
            }
            int lost = -1;
            for (int rep = 0; rep < REPS; rep++) {
                // interleaved, so a busy neighbour on the machine slows both alike
                killed.get("JDBC").add(jdbcOpen(copyOf(b.dir(), b.dir().resolveSibling(b.dir().getFileName() + "-jdbc-" + rep))));
                clean.get("JDBC").add(jdbcOpen(cleanDir));
                // diagnostic: the same kill, without the stale lock file AUTO_SERVER leaves behind
                Path noLock = copyOf(b.dir(), b.dir().resolveSibling(b.dir().getFileName() + "-nolock-" + rep));
                Files.deleteIfExists(noLock.resolve("db").resolve("motcua.lock.db"));
                killed.get(STALE_LOCK_REMOVED).add(jdbcOpen(noLock));
                clean.get(STALE_LOCK_REMOVED).add(jdbcOpen(cleanDir));
                Path copy = copyOf(b.dir(), b.dir().resolveSibling(b.dir().getFileName() + "-ctx-" + rep));
                long t0 = System.nanoTime();
                try (AppContext c = TestOffice.open(copy)) {
                    killed.get("TestOffice.open").add((System.nanoTime() - t0) / 1e6);
                    if (rep == 0) {
                        Set<String> stored = new HashSet<>();
                        c.users().list().stream().map(StaffUser::username).forEach(stored::add);
                        lost = (int) b.acknowledged().stream().filter(u -> !stored.contains(u)).count();
                    }
                }
                t0 = System.nanoTime();
                try (AppContext c = TestOffice.open(cleanDir)) {
                    clean.get("TestOffice.open").add((System.nanoTime() - t0) / 1e6);
                }
            }
            try (Stream<Path> siblings = Files.list(b.dir().getParent())) {
                for (Path p : (Iterable<Path>) siblings::iterator) {
                    String n = p.getFileName().toString();
                    if (Files.isDirectory(p) && n.startsWith(b.dir().getFileName() + "-")) {
                        BenchKit.deleteTree(p);
                    }
                }
            }
            for (String kind : killed.keySet()) {
                List<Double> k = killed.get(kind);
                double base = median(clean.get(kind));
                rows.add(List.of(b.label(), Integer.toString(b.acknowledgedRows()), BenchKit.mb(b.fileBytes()), kind,
                        ms(median(k)), ms(BenchKit.min(k)), ms(BenchKit.max(k)), ms(base),
                        BenchKit.ratio(median(k), base), kind.equals("TestOffice.open") ? Integer.toString(lost) : ""));
                if (kind.equals("TestOffice.open") && median(k) >= worst) {
                    worst = median(k);
                    worstLabel = b.label();
                    worstBaseline = base;
                }
            }
        }
        BenchKit.table("H2 reopen after SIGKILL during a write burst vs after a clean close (" + REPS + " reps, warm JVM)", rows);
        System.out.printf(Locale.ROOT,
                "h2.reopenAfterKill median=%sms on the %s file (baseline clean reopen median=%sms, ratio %.2f×; target ≤2000 ms)%n",
                ms(worst), worstLabel, ms(worstBaseline), worst / worstBaseline);
        System.out.flush();
    }

    /**
     * Starts WriteBurst on {@code dir}, reads {@code rows} committed names (or for {@code millis}),
     * SIGKILLs it and collects every name it printed before dying.
     */
    private static Burst burst(String label, Path dir, int rows, long millis) throws IOException, InterruptedException {
        Path err = dir.resolveSibling(dir.getFileName() + "-burst.err");
        Process child = JavaProcess.of(WriteBurst.class, dir.toString()).redirectError(err.toFile()).start();
        Set<String> acknowledged = new HashSet<>();
        long start;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            if (!"READY".equals(first)) {
                child.destroyForcibly();
                throw new IllegalStateException("WriteBurst did not start (" + first + "):\n" + Launch.tail(err));
            }
            start = System.nanoTime();
            String line;
            while ((line = out.readLine()) != null) {
                acknowledged.add(line);
                if (acknowledged.size() >= rows || (millis > 0 && (System.nanoTime() - start) / 1_000_000 >= millis)) {
                    break;
                }
            }
            // SIGKILL mid-burst; our end of the pipe stays open to read what it printed before dying
            child.toHandle().destroyForcibly();
            child.waitFor();
            while ((line = out.readLine()) != null) {
                acknowledged.add(line);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = Files.size(dir.resolve("db").resolve("motcua.mv.db"));
        say(String.format(Locale.ROOT, "%s: WriteBurst committed %d users in %.1f s, then SIGKILL; .mv.db %s MB",
                label, acknowledged.size(), seconds, BenchKit.mb(bytes)));
        return new Burst(label, dir, acknowledged.size(), acknowledged, bytes, seconds);
    }

    /** Milliseconds to open the desk's JDBC URL on {@code dir} (the close after it is not timed). */
    private static double jdbcOpen(Path dir) throws Exception {
        Path base = dir.resolve("db").resolve("motcua");
        String url = vn.motcua.testing.H2Login.url(base, ";AUTO_SERVER=TRUE;WRITE_DELAY=0");
        String password = vn.motcua.testing.H2Login.password(base);
        long t0 = System.nanoTime();
        Connection c = DriverManager.getConnection(url, "sa", password);
        double millis = (System.nanoTime() - t0) / 1e6;
        c.close();
        return millis;
    }

    /** Copies a data directory as it is (lock file and modification times included). */
    private static Path copyOf(Path from, Path to) throws IOException {
        BenchKit.deleteTree(to);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return to;
    }
}
