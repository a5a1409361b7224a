package vn.motcua.sync;

import java.lang.management.ManagementFactory;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import vn.motcua.documents.DocumentStore;
import vn.motcua.dossier.PortalDossiers;

/**
 * The sync as the composition root holds it: the portal settings, the factory that makes the
 * adapter for them, and runners built on demand (the desktop keeps one running, each
 * {@code sync run} makes one). Every runner of this process has its own lease holder ID.
 */
public final class SyncEngine {
    private final SessionFactory db;
    private final DocumentStore files;
    private final PortalDossiers dossiers;
    private final Supplier<String> agencyId;
    private final SyncSettings settings;
    private final Clock clock;
    private volatile PortalAdapterFactory adapters;
    private final java.util.List<java.util.function.Consumer<vn.motcua.sync.portal.PortalAdapter>> chores =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    public SyncEngine(SessionFactory db, DocumentStore files, PortalDossiers dossiers, Supplier<String> agencyId,
            SyncSettings settings, PortalAdapterFactory adapters, Clock clock) {
        this.db = db;
        this.files = files;
        this.dossiers = dossiers;
        this.agencyId = agencyId;
        this.settings = settings;
        this.adapters = adapters;
        this.clock = clock;
    }

    public SyncSettings settings() {
        return settings;
    }

    public PortalAdapterFactory portalAdapters() {
        return adapters;
    }

    /** Another way to reach the portal (another province's API, or an in-memory portal in tests). */
    public void usePortalAdapters(PortalAdapterFactory factory) {
        this.adapters = factory;
    }

    /** Work every runner does with the portal after its push and pull (the composition root adds the code-lease refresh). */
    public void addChore(java.util.function.Consumer<vn.motcua.sync.portal.PortalAdapter> chore) {
        chores.add(chore);
    }

    /** A runner for the configured portal; fails with a sentence when the portal is not configured. */
    public SyncRunner runner() {
        SyncConfig config = settings.require();
        SyncRunner runner = new SyncRunner(db, adapters.create(config), files, dossiers, agencyId.get(), config.clientId(), holderId(),
                clock, new SecureRandom());
        chores.forEach(runner::chore);
        return runner;
    }

    /** Exports what waits for the portal as a signed hand-carried bundle (for an office whose line stays down). */
    public vn.motcua.sync.bundle.BundleExport bundleExport() {
        return new vn.motcua.sync.bundle.BundleExport(db, files, settings::require, agencyId, settings.audit(), clock);
    }

    /** Imports the portal's acknowledgement of a hand-carried bundle: each result recorded as the online answer. */
    public vn.motcua.sync.bundle.BundleAcks bundleAcks() {
        return new vn.motcua.sync.bundle.BundleAcks(db, () -> new AnswerRecorder(new Backoff(new SecureRandom()), clock,
                new ChangeApplier(dossiers, settings.require().clientId())), settings.audit(), clock);
    }

    public SyncStatus status() {
        return db.fromTransaction(s -> SyncStatus.read(s, clock));
    }

    /** This process on this machine, plus a random part so two runners of one process differ too. */
    static String holderId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
