package vn.motcua.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.AppContext;
import vn.motcua.documents.ImportedDocument;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.SyncRunner;
import vn.motcua.sync.sandbox.Clients;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.PortalOptions;
import vn.motcua.sync.sandbox.PortalServer;
import vn.motcua.sync.sandbox.PortalStore;
import vn.motcua.testing.TestOffice;

/**
 * Sync speed (issue 8, "Speed"), desk and sandbox portal in one JVM over loopback, each on its own
 * H2 file:
 * <ul>
 * <li>dossier creates pushed end to end with one event each, per second, next to the same two
 *     calls made with a raw {@code HttpClient} against the same server (target ≥ 500/s);</li>
 * <li>a fourteen-day backlog (1,000 dossiers, 1,000 hand-overs, 500 supplement requests, 500
 *     scans of ~2 MB: 3,000 actions and ~1 GB) drained, next to the time to copy the same files
 *     over loopback HTTP to a server that only writes them to disk (target ≤ 2×).</li>
 * </ul>
 * Sizes: {@code -Dmotcua.bench.sync.dossiers=N}, {@code -Dmotcua.bench.sync.scans=N},
 * {@code -Dmotcua.bench.sync.scanMb=N}. Prints only; run with {@code ./mvnw -Pbench verify}.
 */
class SyncBench {
    private static final int DOSSIERS = Integer.getInteger("motcua.bench.sync.dossiers", 1000);
    private static final int SCANS = Integer.getInteger("motcua.bench.sync.scans", 500);
    private static final int SCAN_MB = Integer.getInteger("motcua.bench.sync.scanMb", 2);
    private static final int WARM_UP = 150;

    @Test
    void createsPerSecondAndTheFourteenDayBacklog() throws Exception {
        Path work = BenchKit.workDir("sync");
        // each part has its own portal: both desks number from 0001 today under the same agency
        try (PortalServer portal = portal(work.resolve("portal-creates"))) {
            creates(work, portal);
        }
        try (PortalServer portal = portal(work.resolve("portal-backlog"))) {
            backlog(work, portal);
        }
    }

    private static PortalServer portal(Path dir) {
        try (PortalStore store = PortalStore.open(dir)) {
            Clients.add(store, PortalHarness.CLIENT, PortalHarness.AGENCY, PortalHarness.SECRET.toCharArray());
        }
        return PortalServer.start(dir, 0, PortalOptions.defaults());
    }

    private void creates(Path work, PortalServer portal) throws Exception {
        try (AppContext desk = TestOffice.initialized(work.resolve("desk-creates"))) {
            Actor clerk = Processing.staff(desk)[0];
            desk.sync().settings().configure(Actor.SYSTEM, portal.url().toString(), PortalHarness.CLIENT,
                    PortalHarness.SECRET.toCharArray());
            // warm-up of both paths: JIT, connection pools, the portal's statements
            SyncLoad.rawCreates(portal.url(), WARM_UP, PortalHarness.AGENCY + "-300101-");
            receive(desk, clerk, WARM_UP);
            SyncRunner runner = desk.sync().runner();
            runner.runUntilEmpty(Duration.ofMinutes(5));

            double raw = SyncLoad.rawCreates(portal.url(), DOSSIERS, PortalHarness.AGENCY + "-300102-");
            receive(desk, clerk, DOSSIERS);
            long t0 = System.nanoTime();
            SyncRunner.RunReport r = runner.runUntilEmpty(Duration.ofMinutes(30));
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (!r.empty()) {
                throw new IllegalStateException("the desk did not drain: " + r);
            }
            double desk1 = DOSSIERS / seconds;
            BenchKit.table("Sync: dossier creates pushed with one event each (" + DOSSIERS + " dossiers, loopback)", List.of(
                    List.of("what", "dossiers/s", "vs baseline", "target"),
                    List.of("raw HttpClient PUT dossier + PUT event (baseline)", rate(raw), "1.00×", ""),
                    List.of("desk outbox → sandbox portal (runner)", rate(desk1), BenchKit.ratio(desk1, raw), "≥ 500/s")));
        }
    }

    private void backlog(Path work, PortalServer portal) throws Exception {
        try (AppContext desk = TestOffice.initialized(work.resolve("desk-backlog"))) {
            Actor clerk = Processing.staff(desk)[0];
            List<String> codes = receive(desk, clerk, DOSSIERS);
            byte[] photo = SyncLoad.noisyJpeg(SCAN_MB * 1024 * 1024, 766);
            String component = Intakes.procedure(desk, Intakes.RESIDENCE).components().get(0).code();
            List<Path> stored = new ArrayList<>();
            long bytes = 0;
            Path pages = Files.createDirectories(work.resolve("pages"));
            for (int i = 0; i < SCANS; i++) {
                Path page = pages.resolve("scan-" + i + ".jpg");
                Files.write(page, SyncLoad.variant(photo, i));
                ImportedDocument doc = desk.documents().importFiles(clerk, codes.get(i % codes.size()), component, List.of(page));
                Files.delete(page);
                Path file = desk.documents().store().pathOf(doc.sha256());
                stored.add(file);
                bytes += Files.size(file);
            }
            for (int i = 0; i < Math.min(500, codes.size()); i++) {
                desk.processing().requestSupplement(clerk, codes.get(codes.size() - 1 - i), "Bổ sung bản sao giấy khai sinh");
            }
            long actions = desk.database().sessionFactory().fromTransaction(s -> desk.outbox().waitingCount(s));
            desk.sync().settings().configure(Actor.SYSTEM, portal.url().toString(), PortalHarness.CLIENT,
                    PortalHarness.SECRET.toCharArray());

            double copy = SyncLoad.rawCopy(stored, work.resolve("copy-sink"));
            long t0 = System.nanoTime();
            SyncRunner.RunReport r = desk.sync().runner().runUntilEmpty(Duration.ofHours(1));
            double drain = (System.nanoTime() - t0) / 1e9;
            if (!r.empty()) {
                throw new IllegalStateException("the backlog did not drain: " + r);
            }
            BenchKit.table("Sync: fourteen-day backlog (" + actions + " actions, " + stored.size() + " scans, "
                    + BenchKit.mb(bytes) + " MB)", List.of(
                    List.of("what", "seconds", "MB/s", "vs baseline", "target"),
                    List.of("copy the scans over loopback HTTP to disk (baseline)", secs(copy), mbps(bytes, copy), "1.00×", ""),
                    List.of("desk drains the whole backlog (runner)", secs(drain), mbps(bytes, drain), BenchKit.ratio(drain, copy),
                            "≤ 2.00×")));
        }
    }

    /** {@code n} counter receipts, each handed over to the specialist (one event each). */
    private static List<String> receive(AppContext desk, Actor clerk, int n) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String code = Processing.receive(desk, clerk);
            desk.processing().handOver(clerk, code, new HandOver("lan", null, null, null));
            codes.add(code);
        }
        return codes;
    }

    private static String rate(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    private static String secs(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String mbps(long bytes, double seconds) {
        return String.format(Locale.ROOT, "%.1f", bytes / 1048576.0 / seconds);
    }
}
