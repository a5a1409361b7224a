package vn.motcua.sync.kill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process-level kills (design/sync.md, last layer): the desk and the sandbox portal each in its
 * own JVM; while the desk receives N dossiers (default 500) with one or two scans each, hands
 * some over, asks a supplement for some, removes a scan of some, and its background runner
 * syncs, the test SIGKILLs the desk, the portal or both at seeded random points and starts them
 * again (the portal on the same port). Then, both alive, the desk drains, and the invariants
 * are checked against both databases ({@link KillInvariants}); "synced" is sampled during the
 * run against the portal ({@link DeskSampler}). The same workload without kills into a fresh
 * portal must end in the same normalized portal state.
 *
 * <p>Faults covered: 9 (portal restarts mid-batch: applied actions deduplicated, the rest
 * applied; it found the sandbox portal, now and then, without writes it acknowledged shortly
 * before a kill, and the desk without a receipt it had committed and forced to disk: H2's quick
 * recovery of an uncleanly closed file opening an older version than the file held, now scanned
 * for by {@link vn.motcua.storage.H2CrashRecovery} before both open; seeds 3, 7, 101, 223248,
 * 418877, 470739 and 482163 failed that way), 10 (desk
 * killed around a change: change and outbox row in one transaction, every step of the workload
 * found exactly once), 11 (desk killed after sending, before recording the answer: UNKNOWN,
 * resent, deduplicated; found the dead desk's runner lease blocking the sync for two minutes),
 * 12 in part (desk killed between opening an upload, sending its bytes, finishing and linking it;
 * the scans are one chunk each, so mid-file offsets are left to UploadFaultsTest), 1 and 27 (line
 * down while the portal is dead; the feed cursor sampled after every restart only moves forward),
 * 29 (desk killed between fetching and applying a page). {@code -Dkill.seed=} reproduces a run
 * (the seed is printed), {@code -Dkill.dossiers=} (default 500) and {@code -Dkill.kills=}
 * (default 12) resize it; a failed run keeps the children's logs under target/kill-logs.
 * Each kill point takes the desk, the portal or both; {@code -Dkill.portal=false} kills only the desk.
 */
class SyncKillTest {
    @TempDir
    Path dir;

    @Test
    void fault9_10_11_12_27_29_killedDeskAndPortalLoseNothingDuplicateNothingAndEndLikeAnUnkilledRun() throws Exception {
        long seed = Long.getLong("kill.seed", new Random().nextInt(1_000_000));
        try {
            run(seed);
        } catch (Throwable t) {
            Path kept = KillLogs.keep(dir, seed);
            System.out.println("SyncKillTest seed=" + seed + " failed; the children's logs are kept in " + kept);
            throw t;
        }
    }

    private void run(long seed) throws Exception {
        int n = Integer.getInteger("kill.dossiers", 500);
        int kills = Integer.getInteger("kill.kills", 12);
        long sampleMillis = Long.getLong("kill.sampleMillis", 1500);
        System.out.println("SyncKillTest seed=" + seed + " dossiers=" + n + " kills=" + kills + " portal kills=" + KillRun.PORTAL_KILLS
                + " (reproduce: -Dkill.seed=" + seed + ")");
        long start = System.nanoTime();
        // the unkilled run of the same workload goes on beside the killed one: most of the killed run is restarts and backoff
        CompletableFuture<Map<UUID, String>> calmState = CompletableFuture.supplyAsync(() -> calm(seed, n, sampleMillis));
        try (KillRun killed = new KillRun(dir.resolve("killed"), seed, n, sampleMillis)) {
            killed.run(kills, new Random(seed));
            PortalState portal = PortalState.read(killed.portalUrl());
            List<String> problems = KillInvariants.check(killed, portal, seed, n);
            System.out.println("SyncKillTest seed=" + seed + ": " + killed.kills.size() + " kills " + killed.kills + ", portal started "
                    + killed.portalStarts() + " times, " + killed.log.samples() + " synced samples, " + killed.log.cursors().size()
                    + " cursor samples, " + killed.drained() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
            assertThat(problems).as("invariants after the kills (seed " + seed + ")").isEmpty();
            assertThat(killed.kills).as("kills landed before all was received").hasSizeGreaterThanOrEqualTo(Math.min(kills, n - 1) / 2);
            assertThat(killed.log.samples()).as("'synced' was sampled during the run").isPositive();
            assertThat(portal.normalized()).as("the killed run's portal equals the unkilled run's (seed " + seed + ")")
                    .containsExactlyInAnyOrderEntriesOf(calmState.get(10, TimeUnit.MINUTES));
        } finally {
            calmState.exceptionally(t -> null).get(10, TimeUnit.MINUTES);
        }
        System.out.println("SyncKillTest seed=" + seed + " took " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    /** The same workload, no kills, into its own fresh portal: its normalized portal state, after its own invariants hold. */
    private Map<UUID, String> calm(long seed, int n, long sampleMillis) {
        try (KillRun calm = new KillRun(dir.resolve("calm"), seed, n, sampleMillis)) {
            calm.run(0, new Random(seed));
            PortalState portal = PortalState.read(calm.portalUrl());
            assertThat(KillInvariants.check(calm, portal, seed, n)).as("invariants without kills (seed " + seed + ")").isEmpty();
            return portal.normalized();
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
