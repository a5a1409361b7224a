package vn.motcua.sync.kill;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import vn.motcua.AppContext;
import vn.motcua.sync.SyncRunner;
import vn.motcua.testing.TestOffice;

/**
 * The desk in a child JVM for the kill runs: {@code DESK_DIR SCANS_DIR SEED N SAMPLE_MILLIS BACKLOG}.
 * Starts the sync runner in the background as the desktop does ({@link SyncRunner#start()}),
 * then does the counter work of dossiers 0..N-1 from the first one not finished
 * ({@link CounterWork}), at the pace of the sync: after each dossier it waits (at most a
 * second) while more than BACKLOG outbox entries wait, so kills land while dossiers are both
 * received and sent, not in a counter run far ahead of its sync; meanwhile {@link DeskSampler}
 * checks "synced" against the portal.
 * Writes only progress lines on stdout: {@code READY}, {@code CURSOR seq position},
 * {@code DOSSIER i}, {@code SAMPLE …}, {@code VIOLATION …}, {@code RECEIVED n}, then, after
 * the test writes {@code drain} on stdin, runs the sync until the outbox is empty and the feed
 * read ({@code SyncRunner.runUntilEmpty}), prints {@code DRAINED empty report} and exits.
 * It may be SIGKILLed at any moment before {@code RECEIVED}.
 */
public final class DeskWorker {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private DeskWorker() {
    }

    static synchronized void line(String text) {
        OUT.println(text);
        OUT.flush();
    }

    public static void main(String[] args) throws Exception {
        Path deskDir = Path.of(args[0]);
        Path scans = Path.of(args[1]);
        long seed = Long.parseLong(args[2]);
        int n = Integer.parseInt(args[3]);
        long sampleMillis = Long.parseLong(args[4]);
        long backlog = Long.parseLong(args[5]);
        keepOpeningInput(deskDir);
        try (AppContext desk = TestOffice.open(deskDir)) {
            if (!desk.lostReceipts().isEmpty()) {
                // the H2 file came back without receipts it had committed and forced to disk before the kill
                // (the receipt journal has them): the workload would receive them again under new numbers
                line("VIOLATION lost-receipts the desk's database lost acknowledged receipts after a kill: "
                        + desk.lostReceipts().stream().map(vn.motcua.dossier.ReceiptJournal.Entry::code).toList());
                java.nio.file.Files.copy(deskDir.resolve("opening-input.mv.db"), deskDir.resolve("lost-receipts-input.mv.db"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            DeskSampler sampler = new DeskSampler(desk.database().sessionFactory(),
                    desk.sync().portalAdapters().create(desk.sync().settings().require()), DeskWorker::line);
            sampler.cursor(); // where the feed stood when this desk started: the test holds it to grow only
            SyncRunner runner = desk.sync().runner();
            runner.start();
            Thread sampling = new Thread(() -> sample(sampler, sampleMillis), "kill-sampler");
            sampling.setDaemon(true);
            sampling.start();
            CounterWork counter = new CounterWork(desk, desk.users().actingAs("thu"), scans);
            int first = counter.firstUnfinished(seed, n);
            line("READY " + first);
            for (int i = first; i < n; i++) {
                counter.work(KillWorkload.of(seed, i));
                line("DOSSIER " + i);
                pace(desk, backlog);
            }
            line("RECEIVED " + n);
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String command;
            do {
                command = in.readLine();
            } while (command != null && !command.equals("drain"));
            if (command == null) {
                return;
            }
            sampling(false); // no interrupt: one landing in H2's file I/O would close the database
            sampling.join();
            runner.stop();
            runner.syncNow();
            SyncRunner.RunReport report = runner.runUntilEmpty(Duration.ofSeconds(Long.getLong("kill.drainSeconds", 180)));
            sampler.tick(); // a last check once everything landed
            line("DRAINED " + report.empty() + " " + report);
        } catch (Throwable t) {
            line("ERROR " + t);
            t.printStackTrace();
            System.exit(3);
        }
    }

    /**
     * Copies the H2 file as the last kill left it, before this desk opens (and recovers) it: when
     * the opened database lacks committed work, the copy shows whether the work was on disk
     * (H2's recovery chose an older chunk) or never reached it. {@link KillLogs} keeps it.
     */
    private static void keepOpeningInput(Path deskDir) throws java.io.IOException {
        Path file = deskDir.resolve("db").resolve("motcua.mv.db");
        if (java.nio.file.Files.exists(file)) {
            java.nio.file.Files.copy(file, deskDir.resolve("opening-input.mv.db"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The clerk's pace: waits up to a second while more than {@code backlog} entries wait to be sent. */
    private static void pace(AppContext desk, long backlog) throws InterruptedException {
        long until = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < until && desk.database().sessionFactory().fromTransaction(
                s -> desk.outbox().waitingCount(s)) > backlog) {
            Thread.sleep(50);
        }
    }

    private static volatile boolean keepSampling = true;

    private static void sampling(boolean on) {
        keepSampling = on;
    }

    private static void sample(DeskSampler sampler, long every) {
        while (keepSampling) {
            try {
                Thread.sleep(every);
                if (keepSampling) {
                    sampler.tick();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // the database closing under a drain, or a passing lock: the next tick tries again
                System.err.println("sample failed: " + e);
            }
        }
    }
}
