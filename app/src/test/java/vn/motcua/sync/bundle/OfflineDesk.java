package vn.motcua.sync.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import vn.motcua.AppContext;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncDossier;
import vn.motcua.sync.SyncState;
import vn.motcua.sync.SyncStates;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.TestOffice;

/**
 * A real desk that works while its line is down — receipts with scans, a hand-over, a scan removed
 * by tombstone — and the readings the bundle tests compare: its outbox, its sync states, and what
 * a sandbox portal holds.
 */
final class OfflineDesk {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The day's counter work: its dossier codes, first to last. */
    record Workload(List<String> codes) {
    }

    private OfflineDesk() {
    }

    /** A fresh office configured for {@code portal} (whose line is down until a runner is made). */
    static AppContext open(Path dir, PortalHarness portal) {
        AppContext desk = TestOffice.initialized(dir);
        configure(desk, portal);
        return desk;
    }

    static void configure(AppContext desk, PortalHarness portal) {
        portal.connect(desk);
    }

    /** Two receipts, three scans, a hand-over and a removed scan: every kind of request a bundle carries. */
    static Workload work(AppContext desk, Path scratch) {
        Actor[] staff = Processing.staff(desk);
        Actor clerk = staff[0];
        String first = Processing.receive(desk, clerk);
        String second = Processing.receive(desk, clerk);
        var components = Intakes.procedure(desk, Intakes.RESIDENCE).components();
        String a = components.get(0).code();
        String b = components.get(components.size() > 1 ? 1 : 0).code();
        desk.documents().importFiles(clerk, first, a, List.of(jpeg(scratch.resolve("a.jpg"), 1)));
        desk.documents().importFiles(clerk, first, b, List.of(jpeg(scratch.resolve("b.jpg"), 2)));
        desk.processing().handOver(clerk, first, new HandOver("lan", null, null, null));
        DossierDocument wrong = desk.documents().linked(first).get(1);
        desk.documents().remove(clerk, wrong.id(), "Quét nhầm trang của hồ sơ khác");
        desk.documents().importFiles(clerk, second, a, List.of(jpeg(scratch.resolve("c.jpg"), 3)));
        return new Workload(List.of(first, second));
    }

    static List<OutboxEntry> outbox(AppContext desk) {
        return desk.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery("from OutboxEntry e order by e.seq",
                OutboxEntry.class).getResultList());
    }

    static UUID id(AppContext desk, String code) {
        return desk.dossierQuery().story(code).dossier().id();
    }

    static Map<UUID, SyncState> states(AppContext desk, Workload w) {
        List<UUID> ids = w.codes().stream().map(c -> id(desk, c)).toList();
        return desk.database().sessionFactory().fromTransaction(s -> SyncStates.of(s, ids));
    }

    static SyncDossier known(AppContext desk, UUID dossier) {
        return desk.database().sessionFactory().fromTransaction(s -> s.find(SyncDossier.class, dossier));
    }

    /**
     * What the portal holds, comparable across two portals: the sandbox list and each dossier's full
     * snapshot (files with their tombstones, events), without the portal's own clock readings.
     */
    static JsonNode portalState(PortalHarness portal) {
        ArrayNode out = JSON.createArrayNode();
        List<JsonNode> listed = new ArrayList<>();
        SandboxClient.of(portal.url()).dossiers().forEach(listed::add);
        listed.sort(Comparator.comparing(d -> d.path("MaHoSo").asText()));
        var adapter = portal.adapter();
        for (JsonNode d : listed) {
            ObjectNode row = out.addObject();
            row.set("listed", d);
            PortalAnswer a = adapter.getDossier(UUID.fromString(d.get("uuid").asText()));
            ObjectNode snapshot = ((PortalAnswer.Accepted) a).body().deepCopy();
            snapshot.remove("receivedServerTime");
            // an event's seq is its place in the portal's office-wide feed: it follows the order in which
            // actions of different dossiers arrived (a batch of the heads of several dossiers, a bundle in
            // queue order); the order of a dossier's own events is the list order, compared as it is
            snapshot.path("events").forEach(e -> ((ObjectNode) e).remove("seq"));
            row.set("snapshot", snapshot);
        }
        return out;
    }

    /** Copies a closed desk's data directory: the twin holds the very same queue (same IDs, same payloads). */
    static void copy(Path from, Path to) {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().endsWith(".lock")) {
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path jpeg(Path file, int seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 3000; i++) {
            img.setRGB(r.nextInt(120), r.nextInt(160), r.nextInt(0xFFFFFF));
        }
        try {
            ImageIO.write(img, "jpg", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
