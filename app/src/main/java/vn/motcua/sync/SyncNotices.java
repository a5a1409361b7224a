package vn.motcua.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditTrail;

/**
 * The notices the sync panel shows: what the portal changed that a clerk must know (the
 * catalogue, a dossier's fees, a recomputed due date). They are written by the pull in the
 * same transaction as the change itself, so a change applied is never without its notice and a
 * feed page applied twice never makes two. Reading and marking seen are one transaction each.
 */
public final class SyncNotices {
    private final SessionFactory db;
    private final AuditTrail audit;
    private final Clock clock;

    public SyncNotices(SessionFactory db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** Notices nobody has marked seen yet, newest first, at most {@code limit}. */
    public List<SyncNotice> open(int limit) {
        return db.fromTransaction(s -> s.createSelectionQuery("from SyncNotice n where n.seenAt is null order by n.createdAt desc, n.id",
                SyncNotice.class).setMaxResults(Math.max(1, limit)).getResultList());
    }

    /** How many notices are still open (the badge on the sync panel). */
    public long openCount() {
        return db.fromTransaction(s -> s.createSelectionQuery("select count(n) from SyncNotice n where n.seenAt is null", Long.class)
                .getSingleResult());
    }

    /** Every notice of one dossier, oldest first (the dossier view's history). */
    public List<SyncNotice> of(UUID dossierId) {
        return db.fromTransaction(s -> s.createSelectionQuery("from SyncNotice n where n.dossierId = :d order by n.createdAt, n.id",
                SyncNotice.class).setParameter("d", dossierId).getResultList());
    }

    /** {@code actor} has read the notice; marking it again changes nothing. */
    public void markSeen(UUID id, Actor actor) {
        db.inTransaction(s -> {
            SyncNotice n = s.find(SyncNotice.class, id);
            if (n == null) {
                throw new UserFacingException("sync.notice.unknown", String.valueOf(id));
            }
            if (n.seenAt() != null) {
                return;
            }
            n.seen(actor.username(), clock.instant());
            audit.record(s, actor, "SYNC_NOTICE_SEEN", "sync_notice", n.id(), n.kind() + (n.dossierCode() == null ? "" : " " + n.dossierCode()));
        });
    }

    /** Writes a notice in the caller's transaction. */
    static SyncNotice record(Session s, UUID dossierId, String dossierCode, SyncNotice.Kind kind, String detail, String oldValue,
            String newValue, Instant at) {
        SyncNotice n = new SyncNotice(dossierId, dossierCode, kind, detail, oldValue, newValue, at);
        s.persist(n);
        return n;
    }

    /** True when an open notice of {@code kind} already says {@code newValue} (a refusal is reported once while it lasts). */
    static boolean openAlready(Session s, SyncNotice.Kind kind, String newValue) {
        return !s.createSelectionQuery("select n.id from SyncNotice n where n.seenAt is null and n.kind = :k and n.newValue = :v",
                UUID.class).setParameter("k", kind.name()).setParameter("v", newValue).setMaxResults(1).getResultList().isEmpty();
    }
}
