package vn.motcua.security;

import java.time.Clock;
import java.util.List;
import org.hibernate.Session;

/**
 * Writes audit entries inside the caller's transaction, so an action and its audit line are
 * committed together or not at all. Details never carry personal data in full (no ID numbers,
 * no passwords): subjects are named by their UUID or code, and an ID number that slips into a
 * detail (a search text, a field the portal changed) is masked on the way in.
 */
public final class AuditTrail {
    private final Clock clock;

    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    public void record(Session session, Actor actor, String action, String subjectType, Object subjectId, String detail) {
        session.persist(new AuditEntry(clock.instant(), actor, action, subjectType,
                subjectId == null ? null : subjectId.toString(), vn.motcua.citizen.PersonalIds.maskAll(detail)));
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> latest(Session session, int limit) {
        return session.createSelectionQuery("from AuditEntry order by seq desc", AuditEntry.class)
                .setMaxResults(limit)
                .getResultList();
    }
}
