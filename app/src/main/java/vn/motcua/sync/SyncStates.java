package vn.motcua.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The sync state of some dossiers (a page of the dossier list) in three queries: the worst of
 * its parts (design/sync.md) — its outbox entries that are not DONE, its open conflicts, and
 * a portal change the clerk has not seen. SYNCED only when every entry is DONE and neither a
 * conflict nor an unseen change is left. A dossier the outbox never knew (history import) is
 * SYNCED: there is nothing to send.
 */
public final class SyncStates {
    private SyncStates() {
    }

    public static Map<UUID, SyncState> of(Session s, Collection<UUID> ids) {
        Map<UUID, SyncState> states = new HashMap<>();
        ids.forEach(id -> states.put(id, SyncState.SYNCED));
        if (ids.isEmpty()) {
            return states;
        }
        List<Object[]> rows = s.createSelectionQuery("select e.aggregateId, e.state, e.errorCode from OutboxEntry e"
                + " where e.aggregateId in :ids and e.state not in :settled", Object[].class)
                .setParameter("ids", ids).setParameter("settled", OutboxEntry.State.SETTLED).getResultList();
        for (Object[] r : rows) {
            states.merge((UUID) r[0], of((OutboxEntry.State) r[1]), SyncStates::worse);
        }
        s.createSelectionQuery("select distinct c.dossierId from SyncConflict c where c.dossierId in :ids and c.resolvedAt is null",
                UUID.class).setParameter("ids", ids).getResultList()
                .forEach(id -> states.merge(id, SyncState.CONFLICT, SyncStates::worse));
        s.createSelectionQuery("select d.dossierId from SyncDossier d where d.dossierId in :ids and d.incomingAt is not null",
                UUID.class).setParameter("ids", ids).getResultList()
                .forEach(id -> states.merge(id, SyncState.INCOMING, SyncStates::worse));
        return states;
    }

    /** The clerk-visible state of one outbox entry. */
    public static SyncState of(OutboxEntry.State state) {
        return switch (state) {
            case PENDING -> SyncState.QUEUED;
            case IN_FLIGHT -> SyncState.SENDING;
            case UNKNOWN -> SyncState.SENT_UNCONFIRMED;
            case DONE, SET_ASIDE -> SyncState.SYNCED;
            case REJECTED -> SyncState.REJECTED;
            case CONFLICT -> SyncState.CONFLICT;
        };
    }

    /** The worse of two states: what needs a person first, then what is not yet on the portal. */
    public static SyncState worse(SyncState a, SyncState b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(SyncState s) {
        return switch (s) {
            case SYNCED -> 0;
            case INCOMING -> 1;
            case QUEUED -> 2;
            case SENDING -> 3;
            case SENT_UNCONFIRMED -> 4;
            case REJECTED -> 5;
            case CONFLICT -> 6;
        };
    }

    /** The clerk opened the dossier: the portal's change is seen. */
    public static void markSeen(Session s, UUID dossierId) {
        SyncDossier d = s.find(SyncDossier.class, dossierId);
        if (d != null) {
            d.seen();
        }
    }
}
