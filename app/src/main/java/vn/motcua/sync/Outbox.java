package vn.motcua.sync;

import java.time.Clock;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Queues an action for the portal inside the caller's transaction: the change and its outbox
 * entry are committed together, so nothing acknowledged to a clerk can miss the portal.
 */
public final class Outbox {
    private final Clock clock;

    public Outbox(Clock clock) {
        this.clock = clock;
    }

    public OutboxEntry enqueue(Session session, String aggregateType, UUID aggregateId, String action, String payloadJson) {
        OutboxEntry entry = new OutboxEntry(aggregateType, aggregateId, action, payloadJson, clock.instant());
        session.persist(entry);
        return entry;
    }

    public long pendingCount(Session session) {
        return session.createSelectionQuery("select count(e) from OutboxEntry e where e.state = :s", Long.class)
                .setParameter("s", OutboxEntry.State.PENDING)
                .getSingleResult();
    }
}
