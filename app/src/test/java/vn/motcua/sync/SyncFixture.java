package vn.motcua.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.motcua.AppContext;
import javax.crypto.SecretKey;
import vn.motcua.documents.DocumentStore;
import vn.motcua.documents.StoredFile;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.PortalDossiers;
import vn.motcua.security.Actor;
import vn.motcua.sync.sim.SimPortal;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/** A real office database, a virtual clock and the in-memory portal, for the sync unit tests. */
final class SyncFixture implements AutoCloseable {
    static final String CLIENT = "desk-test";
    final TestClock clock = new TestClock(LocalDateTime.of(2026, 11, 24, 8, 0));
    final AppContext context;
    /** The office's document store; sealed when the fixture was given a document key. */
    final DocumentStore store;
    SimPortal portal;

    SyncFixture(Path dir) {
        this(dir, null);
    }

    /** {@code documentKey}: scans are stored sealed with it (null: plain, as the context has them). */
    SyncFixture(Path dir, SecretKey documentKey) {
        this.context = TestOffice.initialized(dir, clock);
        this.store = documentKey == null ? context.documents().store() : new DocumentStore(context.dataDirectory().documents(), documentKey);
        this.portal = new SimPortal(TestOffice.AGENCY, CLIENT, clock, Duration.ZERO);
    }

    SyncRunner runner(String holder) {
        return new SyncRunner(context.database().sessionFactory(), portal, store, 4096, 50,
                new PortalDossiers(context.audit(), clock), TestOffice.AGENCY, CLIENT, holder, clock, new Random(7));
    }

    Sender sender() {
        return new Sender(context.database().sessionFactory(), portal, store, 4096,
                new PortalDossiers(context.audit(), clock), CLIENT, new Backoff(new Random(7)), clock, e -> { }, () -> true);
    }

    Puller puller() {
        return new Puller(context.database().sessionFactory(), portal, TestOffice.AGENCY, CLIENT,
                new PortalDossiers(context.audit(), clock), clock, e -> { }, () -> true, 50);
    }

    Dossier receive() {
        UUID id = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.CERTIFIED_COPY)).id();
        return dossier(id);
    }

    Dossier dossier(UUID id) {
        return context.database().sessionFactory().fromTransaction(s -> s.find(Dossier.class, id));
    }

    OutboxEntry enqueue(UUID dossier, String action, Map<String, Object> payload) {
        String json = Json.MAPPER.valueToTree(payload).toString();
        return context.database().sessionFactory().fromTransaction(s -> context.outbox().enqueue(s, "dossier", dossier, action, json));
    }

    /** A scan of {@code size} seeded bytes stored and queued for upload; returns its entry. */
    OutboxEntry upload(UUID dossier, UUID document, int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        StoredFile stored = store.store(out -> out.write(bytes));
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", document.toString());
        p.put("MaThanhPhanHoSo", "BC");
        p.put("TenTepDinhKem", "scan.pdf");
        p.put("LaKetQuaDienTu", false);
        p.put("sha256", stored.sha256());
        p.put("pages", 1);
        p.put("bytes", stored.bytes());
        return enqueue(dossier, "DOCUMENT_UPLOAD", p);
    }

    OutboxEntry entry(UUID id) {
        return context.database().sessionFactory().fromTransaction(s -> s.find(OutboxEntry.class, id));
    }

    List<OutboxEntry> entries(UUID dossier) {
        return context.database().sessionFactory().fromTransaction(s -> context.outbox().of(s, dossier));
    }

    List<SyncConflict> conflicts(UUID dossier) {
        return context.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "from SyncConflict c where c.dossierId = :d", SyncConflict.class).setParameter("d", dossier).getResultList());
    }

    SyncState state(UUID dossier) {
        return context.database().sessionFactory().fromTransaction(s -> SyncStates.of(s, List.of(dossier)).get(dossier));
    }

    SyncFeed feed() {
        return context.database().sessionFactory().fromTransaction(s -> SyncFeed.of(s));
    }

    /** Sends until nothing is due now (or {@code max} passes). */
    void pushAll(Sender sender, int max) {
        for (int i = 0; i < max; i++) {
            Sender.PushReport r = sender.push();
            if (r.waiting() == r.blocked()) {
                return;
            }
            if (r.nextDue() != null && r.nextDue().isAfter(clock.instant())) {
                clock.set(r.nextDue().plusMillis(1));
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
