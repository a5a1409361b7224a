package vn.motcua.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * What the sync panel and {@code sync status} show: queue length, how long the oldest action
 * has waited, entries by state, open conflicts, last push and pull, the portal clock's skew
 * and the line state (design/sync.md "Sync state shown to the clerk").
 */
public record SyncStatus(long queueLength, Duration oldestWaiting, Map<OutboxEntry.State, Long> byState, long openConflicts,
        Instant lastPush, Instant lastPull, Duration clockSkew, Line line, Instant lineSince, String lineReason,
        long cursorSeq, int resyncs) {

    /** A skew beyond this is shown as a warning (fault 33); ordering never depends on it. */
    public static final Duration SKEW_WARNING = Duration.ofMinutes(5);

    public enum Line { UNKNOWN, UP, DOWN }

    public boolean skewWarning() {
        return clockSkew != null && clockSkew.abs().compareTo(SKEW_WARNING) > 0;
    }

    public static SyncStatus read(Session s, Clock clock) {
        Map<OutboxEntry.State, Long> byState = new EnumMap<>(OutboxEntry.State.class);
        for (OutboxEntry.State st : OutboxEntry.State.values()) {
            byState.put(st, 0L);
        }
        s.createSelectionQuery("select e.state, count(e) from OutboxEntry e group by e.state", Object[].class).getResultList()
                .forEach(r -> byState.put((OutboxEntry.State) r[0], (Long) r[1]));
        Instant oldest = s.createSelectionQuery("select min(e.createdAt) from OutboxEntry e where e.state in :s", Instant.class)
                .setParameter("s", List.of(OutboxEntry.State.PENDING, OutboxEntry.State.IN_FLIGHT, OutboxEntry.State.UNKNOWN))
                .getSingleResult();
        long conflicts = s.createSelectionQuery("select count(c) from SyncConflict c where c.resolvedAt is null", Long.class)
                .getSingleResult();
        SyncFeed f = SyncFeed.of(s);
        long queue = byState.get(OutboxEntry.State.PENDING) + byState.get(OutboxEntry.State.IN_FLIGHT)
                + byState.get(OutboxEntry.State.UNKNOWN);
        Line line = f.lineUp() == null ? Line.UNKNOWN : f.lineUp() ? Line.UP : Line.DOWN;
        return new SyncStatus(queue, oldest == null ? Duration.ZERO : Duration.between(oldest, clock.instant()), byState, conflicts,
                f.lastPushAt(), f.lastPullAt(), f.skew(), line, f.lineSince(), f.lineReason(), f.cursorSeq(), f.resyncs());
    }
}
