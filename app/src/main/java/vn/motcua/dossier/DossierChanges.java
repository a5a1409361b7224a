package vn.motcua.dossier;

import org.hibernate.SessionFactory;

/**
 * A cheap answer to "has anything changed in the dossiers since I last looked?", so that a
 * list on screen refreshes itself when another window or another desk moves a dossier. The
 * token is the number of dossiers (a new one received) and the highest status-event number
 * (every move writes one). A screen polls it every few seconds and reloads only when it differs.
 *
 * <p>Not covered: a change that writes no status event (a fee paid, a document filed, the
 * outbox sending); those do not move a dossier between the list's tabs.
 */
public final class DossierChanges {
    private final SessionFactory db;

    public DossierChanges(SessionFactory db) {
        this.db = db;
    }

    /** What the dossiers look like now, in two numbers; equal tokens mean nothing moved. */
    public record Token(long dossiers, long lastEvent) {
    }

    /** The current token (one short read-only transaction). */
    public Token current() {
        return db.fromTransaction(s -> {
            Object[] r = s.createNativeQuery("select (select count(*) from dossier), "
                    + "(select coalesce(max(seq), 0) from dossier_status_event)", Object[].class).getSingleResult();
            return new Token(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        });
    }
}
