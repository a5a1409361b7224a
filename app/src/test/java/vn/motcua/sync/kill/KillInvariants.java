package vn.motcua.sync.kill;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import vn.motcua.AppContext;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncFeed;
import vn.motcua.sync.SyncState;
import vn.motcua.sync.SyncStates;
import vn.motcua.testing.TestOffice;

/**
 * The invariants of a run, checked against the desk's database (the worker has exited) and the
 * portal's own API; each broken one is a line of the returned list:
 * no dossier lost or made twice on either side (by UUID and by MaHoSo), every step of the
 * workload done exactly once on the desk, every outbox entry DONE (nothing left IN_FLIGHT or
 * UNKNOWN), every dossier SYNCED, statuses equal, every file on the portal with the desk's hash
 * and removal, the bytes the portal serves hashing to the desk's stored file, every desk event
 * held once, and the feed cursor never moved backwards across all samples.
 */
final class KillInvariants {
    private KillInvariants() {
    }

    static List<String> check(KillRun run, PortalState portal, long seed, int n) throws IOException {
        List<String> problems = new ArrayList<>();
        try (AppContext desk = TestOffice.open(run.deskDir)) {
            SessionFactory db = desk.database().sessionFactory();
            DocumentStore store = desk.documents().store();
            List<Dossier> dossiers = db.fromTransaction(s -> s.createSelectionQuery("from Dossier", Dossier.class).getResultList());
            Map<UUID, Dossier> byId = dossiers.stream().collect(Collectors.toMap(Dossier::id, d -> d));
            Map<UUID, List<DossierDocument>> docs = db.fromTransaction(s -> s.createSelectionQuery("from DossierDocument",
                    DossierDocument.class).getResultList()).stream().collect(Collectors.groupingBy(DossierDocument::dossierId));
            List<OutboxEntry> entries = db.fromTransaction(s -> s.createSelectionQuery("from OutboxEntry e order by e.seq",
                    OutboxEntry.class).getResultList());
            Map<UUID, SyncState> states = db.fromTransaction(s -> SyncStates.of(s, byId.keySet()));
            SyncFeed feed = db.fromTransaction(s -> s.find(SyncFeed.class, 1));

            // the desk: each dossier of the workload once, each of its steps once
            if (dossiers.size() != n) {
                problems.add("the desk holds " + dossiers.size() + " dossiers, not " + n);
            }
            for (int i = 0; i < n; i++) {
                KillWorkload w = KillWorkload.of(seed, i);
                UUID id = w.dossierId();
                if (!byId.containsKey(id)) {
                    problems.add("dossier " + i + " (" + id + ") lost on the desk");
                    continue;
                }
                List<DossierDocument> d = docs.getOrDefault(id, List.of());
                long removed = d.stream().filter(x -> x.removedAt() != null).count();
                long handOvers = count(db, "HandOverStep", id);
                long rounds = count(db, "SupplementRound", id);
                if (d.size() != w.scans() || removed != (w.removeScan() ? 1 : 0) || handOvers != (w.handOver() ? 1 : 0)
                        || rounds != (w.supplement() ? 1 : 0)) {
                    problems.add("dossier " + i + " has " + d.size() + " scans (" + removed + " removed), " + handOvers
                            + " hand-overs, " + rounds + " supplement rounds; the workload says " + w);
                }
            }
            Set<String> codes = new HashSet<>();
            dossiers.stream().filter(d -> !codes.add(d.code())).forEach(d -> problems.add("MaHoSo " + d.code() + " twice on the desk"));

            // the outbox: all delivered, none stuck
            entries.stream().filter(e -> e.state() != OutboxEntry.State.DONE).forEach(e -> problems.add("outbox entry " + e.id() + " "
                    + e.action() + " of " + e.aggregateId() + " is " + e.state() + " (" + e.errorCode() + " " + e.lastError() + ")"));
            states.forEach((id, st) -> {
                if (st != SyncState.SYNCED) {
                    problems.add("dossier " + id + " shows " + st + " after the drain");
                }
            });

            // the portal: each dossier once, with the desk's code, status, files and events
            Map<UUID, Integer> listed = new HashMap<>();
            Map<String, Integer> listedCodes = new HashMap<>();
            for (JsonNode row : portal.list) {
                listed.merge(UUID.fromString(row.get("uuid").asText()), 1, Integer::sum);
                listedCodes.merge(row.get("MaHoSo").asText(), 1, Integer::sum);
            }
            listed.forEach((id, k) -> {
                if (k > 1) {
                    problems.add("dossier " + id + " " + k + " times on the portal");
                }
                if (!byId.containsKey(id)) {
                    problems.add("the portal holds " + id + ", which the desk never received");
                }
            });
            listedCodes.forEach((code, k) -> {
                if (k > 1) {
                    problems.add("MaHoSo " + code + " " + k + " times on the portal");
                }
            });
            Map<UUID, List<UUID>> eventsOf = new HashMap<>();
            for (OutboxEntry e : entries) {
                if (!Set.of("RECEIVE", "DOCUMENT_UPLOAD", "RESULT_UPLOAD", "DOCUMENT_REMOVE", "UPDATE").contains(e.action())) {
                    eventsOf.computeIfAbsent(e.aggregateId(), k -> new ArrayList<>()).add(e.id());
                }
            }
            for (Dossier d : dossiers) {
                JsonNode snap = portal.snapshots.get(d.id());
                if (snap == null) {
                    // which side lost it: the desk's RECEIVE entry says whether the portal ever acknowledged the create
                    List<String> receives = entries.stream().filter(e -> e.aggregateId().equals(d.id()) && e.action().equals("RECEIVE"))
                            .map(e -> e.id() + " " + e.state() + " http " + e.httpStatus() + " sent " + e.sentAt() + " done " + e.doneAt()
                                    + " attempts " + e.attempts()).toList();
                    problems.add("dossier " + d.code() + " (" + d.id() + ") lost: not on the portal; its RECEIVE entries on the desk: "
                            + receives);
                    continue;
                }
                if (!d.code().equals(snap.path("MaHoSo").asText())) {
                    problems.add(d.id() + ": MaHoSo " + snap.path("MaHoSo").asText() + " on the portal, " + d.code() + " on the desk");
                }
                if (d.status().code() != snap.path("TrangThaiHoSo").asInt()) {
                    problems.add(d.code() + ": status " + snap.path("TrangThaiHoSo").asInt() + " on the portal, " + d.status().code()
                            + " on the desk");
                }
                files(d, docs.getOrDefault(d.id(), List.of()), snap, portal, store, problems);
                Map<UUID, Integer> held = new HashMap<>();
                snap.path("events").forEach(ev -> held.merge(UUID.fromString(ev.get("uuid").asText()), 1, Integer::sum));
                held.forEach((ev, k) -> {
                    if (k > 1) {
                        problems.add(d.code() + ": event " + ev + " " + k + " times on the portal");
                    }
                });
                for (UUID ev : eventsOf.getOrDefault(d.id(), List.of())) {
                    if (!held.containsKey(ev)) {
                        problems.add(d.code() + ": event " + ev + " lost: not on the portal");
                    }
                }
            }

            // the feed cursor: never backwards (fault 27), the last sample included
            List<KillLog.Cursor> cursors = new ArrayList<>(run.log.cursors());
            cursors.add(new KillLog.Cursor(feed.cursorSeq(), DeskSampler.position(feed.cursor())));
            for (int i = 1; i < cursors.size(); i++) {
                KillLog.Cursor a = cursors.get(i - 1);
                KillLog.Cursor b = cursors.get(i);
                if (b.seq() < a.seq() || b.position() < a.position()) {
                    problems.add("the feed cursor moved back from " + a + " to " + b + " (sample " + i + ")");
                }
            }
        }
        problems.addAll(run.log.violations());
        if (!run.log.violations().isEmpty()) {
            // the same dossiers' entries after the drain: an entry sent again after the sample was not really DONE then
            try (AppContext desk = TestOffice.open(run.deskDir)) {
                run.log.violations().stream().filter(v -> v.startsWith("VIOLATION ")).map(v -> v.split(" ")[1]).distinct()
                        .filter(w -> w.length() == 36).map(UUID::fromString).forEach(id -> desk.database().sessionFactory().inTransaction(s ->
                                new vn.motcua.sync.Outbox(java.time.Clock.systemUTC()).of(s, id).forEach(e -> problems.add("AFTER " + id + " "
                                        + e.seq() + " " + e.action() + " " + e.id() + " " + e.state() + " attempts " + e.attempts()
                                        + " sent " + e.sentAt() + " done " + e.doneAt()))));
            }
        }
        return problems;
    }

    /** The portal holds exactly the desk's files: same UUIDs, hashes, removals; the bytes served hash to the desk's stored file. */
    private static void files(Dossier d, List<DossierDocument> docs, JsonNode snap, PortalState portal, DocumentStore store,
            List<String> problems) throws IOException {
        Map<UUID, JsonNode> onPortal = new HashMap<>();
        snap.path("files").forEach(f -> onPortal.put(UUID.fromString(f.get("uuid").asText()), f));
        if (onPortal.size() != docs.size()) {
            problems.add(d.code() + ": " + onPortal.size() + " files on the portal, " + docs.size() + " on the desk");
        }
        for (DossierDocument doc : docs) {
            JsonNode f = onPortal.get(doc.id());
            String stored = PortalState.sha256(vn.motcua.testing.Plain.bytes(store.pathOf(doc.sha256())));
            if (!stored.equals(doc.sha256())) {
                problems.add(d.code() + ": the desk's stored file of " + doc.id() + " hashes to " + stored + ", not " + doc.sha256());
            }
            if (f == null) {
                problems.add(d.code() + ": scan " + doc.id() + " lost: not on the portal");
                continue;
            }
            if (!doc.sha256().equals(f.path("sha256").asText()) || !stored.equals(portal.downloaded.get(doc.id()))) {
                problems.add(d.code() + ": scan " + doc.id() + " is " + f.path("sha256").asText() + " on the portal (bytes "
                        + portal.downloaded.get(doc.id()) + "), " + stored + " on the desk");
            }
            if (f.path("removed").asBoolean(false) != (doc.removedAt() != null)) {
                problems.add(d.code() + ": scan " + doc.id() + " removed " + f.path("removed") + " on the portal, "
                        + (doc.removedAt() != null) + " on the desk");
            }
        }
    }

    private static long count(SessionFactory db, String entity, UUID dossier) {
        return db.fromTransaction(s -> s.createSelectionQuery("select count(x) from " + entity + " x where x.dossierId = :d", Long.class)
                .setParameter("d", dossier).getSingleResult());
    }
}
