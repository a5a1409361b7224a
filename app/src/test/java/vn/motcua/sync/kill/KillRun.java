package vn.motcua.sync.kill;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import vn.motcua.AppContext;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.sandbox.Clients;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.PortalStore;
import vn.motcua.testing.TestOffice;

/**
 * One run of the workload: a fresh desk (initialized office, staff, portal configured) and a
 * fresh portal process, the desk worker doing dossiers 0..N-1 while its runner syncs, and
 * {@code kills} SIGKILLs of the desk, the portal or both at seeded random points (a point is a
 * dossier count reached plus a random delay, so kills spread over the whole run whatever the
 * machine's speed), each followed by a restart; then, with both alive, a drain. The portal is
 * left running for the checks; {@link #close()} stops it.
 */
final class KillRun implements AutoCloseable {
    /** What was killed, in order: "desk", "portal" or "both", with the dossier count at the kill. */
    record Kill(String target, int done) {
    }

    /**
     * Whether the portal is killed too (default; {@code -Dkill.portal=false} kills only the desk).
     * Once off while seeds 3, 7 and 51665 found the sandbox portal without writes it had
     * acknowledged before a SIGKILL; with H2's result reuse off on the portal (as on the desk)
     * the three pass (2026-11-24).
     */
    static final boolean PORTAL_KILLS = !"false".equals(System.getProperty("kill.portal"));

    /** How many outbox entries may wait before the counter slows to the sync's pace. */
    static final long BACKLOG = Long.getLong("kill.backlog", 20);

    final Path deskDir;
    final Path portalDir;
    final KillLog log = new KillLog();
    final List<Kill> kills = new ArrayList<>();
    private final Path scans;
    private final File logs;
    private final long seed;
    private final int n;
    private final long sampleMillis;
    private PortalProcess portal;
    private DeskProcess desk;
    private String drained;

    KillRun(Path root, long seed, int n, long sampleMillis) throws Exception {
        this.deskDir = root.resolve("desk");
        this.portalDir = root.resolve("portal");
        this.scans = root.resolve("scans");
        this.logs = Files.createDirectories(root.resolve("logs")).toFile();
        this.seed = seed;
        this.n = n;
        this.sampleMillis = sampleMillis;
        try (PortalStore store = PortalStore.open(portalDir)) {
            Clients.add(store, PortalHarness.CLIENT, PortalHarness.AGENCY, PortalHarness.SECRET.toCharArray());
        }
        portal = PortalProcess.start(portalDir, logs);
        try (AppContext desk = TestOffice.initialized(deskDir)) {
            Processing.staff(desk);
            desk.sync().settings().configure(Actor.SYSTEM, portal.url().toString(), PortalHarness.CLIENT,
                    PortalHarness.SECRET.toCharArray());
        }
    }

    java.net.URI portalUrl() {
        return portal.url();
    }

    String drained() {
        return drained;
    }

    int portalStarts() {
        return portal.starts();
    }

    /** Runs the workload with {@code killCount} kills planned by {@code plan}; returns when the desk has drained and exited. */
    void run(int killCount, Random plan) throws Exception {
        TreeSet<Integer> points = new TreeSet<>();
        while (points.size() < Math.min(killCount, n - 1)) {
            points.add(1 + plan.nextInt(n - 1));
        }
        desk = startDesk();
        for (int point : points) {
            if (!log.awaitDone(point, desk.received::isDone, 600_000)) {
                throw new IllegalStateException("the desk made no progress towards dossier " + point + "; see " + logs);
            }
            if (desk.received.isDone()) {
                break; // all received before this point: the remaining kills would land in the drain
            }
            Thread.sleep(plan.nextInt(800));
            int target = plan.nextInt(10);
            String what = !PORTAL_KILLS ? "desk" : target < 4 ? "desk" : target < 7 ? "portal" : "both";
            kills.add(new Kill(what, log.done()));
            if (!what.equals("desk")) {
                check(portal.kill(), "portal");
                Thread.sleep(plan.nextInt(1500)); // the line stays down a while: the desk keeps working offline
            }
            if (!what.equals("portal")) {
                check(desk.kill(), "desk");
            }
            if (!what.equals("desk")) {
                portal.start();
            }
            if (!what.equals("portal")) {
                desk = startDesk();
            }
        }
        desk.received.get(600, TimeUnit.SECONDS);
        desk.drain();
        drained = desk.drained.get(300, TimeUnit.SECONDS);
        int status = desk.awaitExit(60);
        if (status != 0) {
            throw new IllegalStateException("the drained desk exited with " + status);
        }
    }

    private DeskProcess startDesk() throws Exception {
        desk = DeskProcess.start(deskDir, scans, seed, n, sampleMillis, BACKLOG, logs, log);
        desk.ready.get(120, TimeUnit.SECONDS);
        return desk;
    }

    private void check(int status, String what) {
        if (status != ChildJvm.KILLED) {
            throw new IllegalStateException("the " + what + " was not ended by SIGKILL: status " + status + "; see " + logs);
        }
    }

    /** Stops the portal; a desk worker still running (a failed run) is killed, never left behind. */
    @Override
    public void close() throws Exception {
        if (desk != null && desk.alive()) {
            desk.kill();
        }
        portal.close();
    }
}
