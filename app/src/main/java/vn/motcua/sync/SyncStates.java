package vn.motcua.sync;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/** The sync state of some aggregates (a page of the dossier list) in one query over the outbox. */
public final class SyncStates {
    private SyncStates() {
    }

    public static Map<UUID, SyncState> of(Session s, Collection<UUID> ids) {
        Map<UUID, SyncState> states = new HashMap<>();
        ids.forEach(id -> states.put(id, SyncState.SYNCED));
        if (ids.isEmpty()) {
            return states;
        }
        List<Object[]> rows = s.createSelectionQuery(
                "select e.aggregateId, e.state from OutboxEntry e where e.aggregateId in :ids and e.state <> :sent", Object[].class)
                .setParameter("ids", ids).setParameter("sent", OutboxEntry.State.SENT).getResultList();
        for (Object[] r : rows) {
            SyncState state = r[1] == OutboxEntry.State.NEEDS_ATTENTION ? SyncState.REJECTED : SyncState.QUEUED;
            states.merge((UUID) r[0], state, (a, b) -> a == SyncState.REJECTED || b == SyncState.REJECTED ? SyncState.REJECTED : b);
        }
        return states;
    }
}
