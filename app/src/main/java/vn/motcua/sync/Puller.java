package vn.motcua.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.hibernate.SessionFactory;
import vn.motcua.dossier.PortalDossiers;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * The pull half of the sync: reads the office's change feed page by page. Each page is
 * applied, its change IDs recorded and the cursor advanced in ONE transaction (faults 29, 30,
 * 34): a desk killed after fetching a page applies it once later, and a failure while
 * applying leaves the cursor where it was. An expired cursor (410) starts a full resync from
 * the portal's snapshot, leaving dossiers with actions still queued untouched (fault 31).
 */
public final class Puller {
    public static final int PAGE = 200;

    private final SessionFactory db;
    private final PortalAdapter portal;
    private final String agencyId;
    private final ChangeApplier applier;
    private final Clock clock;
    private final SyncListener listener;
    private final BooleanSupplier mayRun;
    private final int pageSize;

    public Puller(SessionFactory db, PortalAdapter portal, String agencyId, String clientId, PortalDossiers dossiers, Clock clock,
            SyncListener listener, BooleanSupplier mayRun, int pageSize) {
        this.db = db;
        this.portal = portal;
        this.agencyId = agencyId;
        this.applier = new ChangeApplier(dossiers, clientId);
        this.clock = clock;
        this.listener = listener;
        this.mayRun = mayRun;
        this.pageSize = pageSize;
    }

    /** What one pull did; {@code current} is true when the feed said nothing more is waiting. */
    public record PullReport(int pages, int applied, boolean current, boolean resynced, String problem) {
    }

    public PullReport pull() {
        int pages = 0;
        int applied = 0;
        boolean resynced = false;
        boolean refreshed = false;
        while (mayRun.getAsBoolean()) {
            SyncFeed before = db.fromTransaction(s -> SyncFeed.of(s));
            if (before.holding(clock.instant())) {
                return new PullReport(pages, applied, false, resynced, "retry_after");
            }
            String cursor = before.cursor();
            PortalAnswer answer = portal.changes(agencyId, cursor, pageSize);
            if (!(answer instanceof PortalAnswer.Accepted)) {
                recordLine(answer);
            }
            if (answer instanceof PortalAnswer.Refused r && (r.status() == 410 || "cursor_expired".equals(r.error()))) {
                if (resynced) {
                    return new PullReport(pages, applied, false, true, "cursor_expired");
                }
                String problem = resync();
                resynced = true;
                if (problem != null) {
                    return new PullReport(pages, applied, false, true, problem);
                }
                continue;
            }
            if (answer instanceof PortalAnswer.Unauthorized) {
                if (refreshed || !(portal.authenticate() instanceof PortalAnswer.Accepted)) {
                    return new PullReport(pages, applied, false, resynced, "unauthorized");
                }
                refreshed = true; // once per pull: credentials that fail again are not retried in a loop
                continue;
            }
            if (!(answer instanceof PortalAnswer.Accepted page) || page.body() == null || !page.body().has("changes")) {
                return new PullReport(pages, applied, false, resynced, problem(answer));
            }
            int n = applyPage(cursor, page.body(), page.serverDate());
            if (n < 0) {
                return new PullReport(pages, applied, false, resynced, "cursor_moved");
            }
            pages++;
            applied += n;
            listener.onEvent(new SyncEvent(SyncEvent.Kind.PULLED, null, null, null, n, 0));
            if (!page.body().path("hasMore").asBoolean(false)) {
                return new PullReport(pages, applied, true, resynced, null);
            }
        }
        return new PullReport(pages, applied, false, resynced, "lease_lost");
    }

    /** One page in one transaction; -1 when another runner moved the cursor meanwhile. */
    private int applyPage(String cursor, JsonNode body, Instant serverDate) {
        return db.fromTransaction(s -> {
            SyncFeed feed = SyncFeed.of(s);
            s.lock(feed, org.hibernate.LockMode.PESSIMISTIC_WRITE);
            s.refresh(feed);
            if (!Objects.equals(feed.cursor(), cursor)) {
                return -1;
            }
            Instant now = clock.instant();
            feed.serverDate(serverDate, now);
            feed.line(true, null, now);
            int n = 0;
            long maxSeq = feed.cursorSeq();
            for (JsonNode change : body.path("changes")) {
                if (applier.apply(s, change, now)) {
                    n++;
                }
                maxSeq = Math.max(maxSeq, change.path("seq").asLong());
            }
            String next = body.path("nextCursor").isNull() || !body.has("nextCursor") ? cursor : body.path("nextCursor").asText();
            feed.advance(next, maxSeq, now);
            return n;
        });
    }

    /**
     * Full resync after an expired cursor: every snapshot page applied in its own transaction;
     * the cursor is set with the last page, so a resync cut short simply runs again (every step
     * is idempotent by version). Dossiers with actions still waiting in the outbox are left as
     * they are: their actions land first and the feed brings them up to date afterwards.
     */
    private String resync() {
        listener.onEvent(SyncEvent.of(SyncEvent.Kind.RESYNC, agencyId));
        String page = null;
        while (true) {
            if (db.fromTransaction(s -> SyncFeed.of(s).holding(clock.instant()))) {
                return "retry_after";
            }
            PortalAnswer answer = portal.snapshot(agencyId, page, pageSize);
            recordLine(answer);
            if (!(answer instanceof PortalAnswer.Accepted a) || a.body() == null || !a.body().has("dossiers")) {
                return problem(answer);
            }
            JsonNode body = a.body();
            boolean last = !body.hasNonNull("nextPage");
            db.inTransaction(s -> {
                Instant now = clock.instant();
                List<UUID> busy = s.createSelectionQuery("select distinct e.aggregateId from OutboxEntry e where e.state in :w", UUID.class)
                        .setParameter("w", List.of(OutboxEntry.State.PENDING, OutboxEntry.State.IN_FLIGHT, OutboxEntry.State.UNKNOWN,
                                OutboxEntry.State.REJECTED, OutboxEntry.State.CONFLICT)).getResultList();
                for (JsonNode snapshot : body.path("dossiers")) {
                    UUID id = UUID.fromString(snapshot.path("uuid").asText());
                    if (!busy.contains(id)) {
                        applier.reconcile(s, id, snapshot, snapshot.path("version").asLong(), false, false, now);
                    } else if (s.find(SyncDossier.class, id) != null) {
                        s.find(SyncDossier.class, id).refreshLater(true);
                    }
                }
                if (last) {
                    SyncFeed feed = SyncFeed.of(s);
                    feed.advance(body.path("cursor").asText(null), feed.cursorSeq(), now);
                    feed.resynced();
                }
            });
            if (last) {
                return null;
            }
            page = body.path("nextPage").asText();
        }
    }

    /**
     * Dossiers a full resync passed by while their actions waited (fault 31): once nothing of
     * theirs waits any more, their current snapshot is fetched and applied like a feed change.
     */
    public int refreshPassedBy() {
        List<UUID> due = db.fromTransaction(s -> s.createSelectionQuery("select d.dossierId from SyncDossier d where d.refreshNeeded = true"
                + " and not exists (select 1 from OutboxEntry e where e.aggregateId = d.dossierId and e.state in :w)", UUID.class)
                .setParameter("w", List.of(OutboxEntry.State.PENDING, OutboxEntry.State.IN_FLIGHT, OutboxEntry.State.UNKNOWN))
                .getResultList());
        int n = 0;
        for (UUID id : due) {
            if (db.fromTransaction(s -> SyncFeed.of(s).holding(clock.instant()))) {
                break;
            }
            PortalAnswer answer = portal.getDossier(id);
            if (answer instanceof PortalAnswer.Accepted a && a.body() != null) {
                db.inTransaction(s -> {
                    applier.reconcile(s, id, a.body(), a.body().path("version").asLong(), false, false, clock.instant());
                    s.find(SyncDossier.class, id).refreshLater(false);
                });
                n++;
            } else if (answer instanceof PortalAnswer.NoAnswer || answer instanceof PortalAnswer.RetryLater) {
                break;
            }
        }
        return n;
    }

    private void recordLine(PortalAnswer answer) {
        db.inTransaction(s -> {
            SyncFeed feed = SyncFeed.of(s);
            Instant now = clock.instant();
            feed.serverDate(answer.serverDate(), now);
            boolean up = !(answer instanceof PortalAnswer.NoAnswer) && !(answer instanceof PortalAnswer.RetryLater);
            feed.line(up, up ? null : problem(answer), now);
            if (answer instanceof PortalAnswer.RetryLater r && r.retryAfter() != null) {
                feed.holdUntil(now.plus(r.retryAfter()));
            }
        });
    }

    private static String problem(PortalAnswer a) {
        if (a instanceof PortalAnswer.NoAnswer n) {
            return "no_answer: " + n.reason();
        }
        if (a instanceof PortalAnswer.RetryLater r) {
            return "retry_later " + r.status();
        }
        if (a instanceof PortalAnswer.Refused r) {
            return r.error();
        }
        return "malformed page";
    }
}
