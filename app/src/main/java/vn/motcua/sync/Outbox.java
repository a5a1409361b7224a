package vn.motcua.sync;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Queues an action for the portal inside the caller's transaction: the change and its outbox
 * entry are committed together, so nothing acknowledged to a clerk can miss the portal
 * (fault 10). Also the few whole-queue moves the sync engine makes: start-up recovery and
 * "sync now".
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

    /** Entries never tried or certainly never delivered. */
    public long pendingCount(Session session) {
        return session.createSelectionQuery("select count(e) from OutboxEntry e where e.state = :s", Long.class)
                .setParameter("s", OutboxEntry.State.PENDING)
                .getSingleResult();
    }

    /** Entries the sender still has to deliver (pending, in flight, unconfirmed). */
    public long waitingCount(Session session) {
        return session.createSelectionQuery("select count(e) from OutboxEntry e where e.state in :s", Long.class)
                .setParameter("s", List.of(OutboxEntry.State.PENDING, OutboxEntry.State.IN_FLIGHT, OutboxEntry.State.UNKNOWN))
                .getSingleResult();
    }

    /** Every entry of one aggregate (a dossier), in queueing order. */
    public List<OutboxEntry> of(Session session, UUID aggregateId) {
        return session.createSelectionQuery("from OutboxEntry e where e.aggregateId = :a order by e.seq", OutboxEntry.class)
                .setParameter("a", aggregateId).getResultList();
    }

    /**
     * At start-up of the (single) runner: a send under way when the desk stopped may have
     * landed, so it becomes UNKNOWN and is resent with the same ID (fault 11). Returns how many.
     */
    public int recoverInFlight(Session session) {
        List<OutboxEntry> stuck = session.createSelectionQuery("from OutboxEntry e where e.state = :s", OutboxEntry.class)
                .setParameter("s", OutboxEntry.State.IN_FLIGHT).getResultList();
        stuck.forEach(OutboxEntry::interrupted);
        return stuck.size();
    }

    /** "Sync now": every waiting entry is due at once, but never sooner than the portal's Retry-After. */
    public int wakeUp(Session session) {
        List<OutboxEntry> waiting = session.createSelectionQuery("from OutboxEntry e where e.state in :s", OutboxEntry.class)
                .setParameter("s", List.of(OutboxEntry.State.PENDING, OutboxEntry.State.UNKNOWN)).getResultList();
        waiting.forEach(e -> e.wakeUp(clock.instant()));
        return waiting.size();
    }
}
