package vn.motcua.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.NoAnswer;
import vn.motcua.sync.portal.PortalAnswer.Refused;
import vn.motcua.sync.portal.PortalAnswer.RetryLater;
import vn.motcua.sync.portal.PortalAnswer.Stale;
import vn.motcua.sync.portal.PortalAnswer.Unauthorized;

/**
 * What each portal answer does to an outbox entry (design/sync.md "Desk side"), recorded in
 * the caller's transaction: acknowledged → DONE with the server version; no answer → UNKNOWN
 * (or PENDING when it certainly never left) and resent with the same ID; retry later →
 * backoff, never sooner than Retry-After; refused → REJECTED with the reason kept, except
 * the refusals that only mean "upload first" (fault 16); stale → merged or CONFLICT. The answers
 * a hand-carried bundle's acknowledgement brings back are recorded here too ({@link #recordCarried}),
 * so an entry ends the same whichever way it reached the portal.
 */
public final class AnswerRecorder {
    /** What the sender does next. */
    public enum Outcome {
        /** Acknowledged: the dossier's next entry may go. */
        DONE,
        /** Not acknowledged, but the dossier's next entry may go (a refused status move after a portal decision). */
        NEXT,
        /** This dossier waits (backoff, rejection, conflict); other dossiers go on. */
        WAIT,
        /** The portal is unreachable or overloaded: stop this pass. */
        LINE_DOWN
    }

    /** Refusals that mean "not yet": the upload must (re)happen first; the entry stays queued. */
    private static final Set<String> NOT_YET = Set.of("attachment_missing", "file_unavailable", "upload_expired",
            "offset_mismatch", "chunk_checksum", "hash_mismatch");

    private final Backoff backoff;
    private final Clock clock;
    private final ChangeApplier applier;

    AnswerRecorder(Backoff backoff, Clock clock, ChangeApplier applier) {
        this.backoff = backoff;
        this.clock = clock;
        this.applier = applier;
    }

    /** A REJECTED entry with this code does not hold back the rest of its dossier. */
    public static boolean nonBlocking(String errorCode) {
        return "transition_refused".equals(errorCode);
    }

    Outcome record(Session s, UUID id, State previous, PortalAnswer answer) {
        return record(s, id, previous, answer, true);
    }

    /**
     * Records an answer the portal gave to an entry carried there in a bundle, in the caller's
     * transaction, exactly as the online answer: only the line state and the clock skew are left
     * alone (the answer did not come over the line, and its time is the bundle's, not now).
     *
     * @param previous the entry's state before (PENDING or UNKNOWN)
     */
    public Outcome recordCarried(Session s, UUID id, State previous, PortalAnswer answer) {
        return record(s, id, previous, answer, false);
    }

    private Outcome record(Session s, UUID id, State previous, PortalAnswer answer, boolean online) {
        Instant now = clock.instant();
        OutboxEntry e = s.find(OutboxEntry.class, id);
        SyncFeed feed = SyncFeed.of(s);
        if (online) {
            feed.serverDate(answer.serverDate(), now);
        }
        State unsent = previous == State.UNKNOWN ? State.UNKNOWN : State.PENDING;
        if (answer instanceof Accepted a) {
            Long version = a.version() != null ? a.version()
                    : a.body() != null && a.body().path("version").isIntegralNumber() ? a.body().path("version").asLong() : null;
            e.done(a.status(), version, Json.write(a.body()), now);
            SyncDossier.of(s, e.aggregateId(), "desk").acknowledged(version, now);
            feed.pushed(now);
            if (online) {
                feed.line(true, null, now);
            }
            return Outcome.DONE;
        }
        if (answer instanceof NoAnswer n) {
            // maybe delivered: UNKNOWN until the same ID is answered; certainly not sent: as before (faults 1, 3)
            e.retry(n.maybeDelivered() ? State.UNKNOWN : unsent, now.plus(backoff.delay(e.attempts(), null)), null,
                    "no_answer", null, n.reason());
            if (online) {
                feed.line(false, n.reason(), now);
            }
            return Outcome.LINE_DOWN;
        }
        if (answer instanceof RetryLater r) {
            Instant floor = r.retryAfter() == null ? null : now.plus(r.retryAfter());
            feed.holdUntil(floor);
            // a 500 may come after the portal committed: unconfirmed until its ID is answered (fault 5)
            State after = r.status() >= 500 && r.status() != 503 ? State.UNKNOWN : unsent;
            e.retry(after, now.plus(backoff.delay(e.attempts(), r.retryAfter())), floor, "retry_later", r.status(), r.reason());
            return r.status() == 429 || r.status() == 503 ? Outcome.LINE_DOWN : Outcome.WAIT;
        }
        if (answer instanceof Unauthorized) {
            // fresh credentials could not be had: not the entry's fault, no attempt counted (fault 24)
            e.undoAttempt(unsent, true, "unauthorized", "credentials refused");
            e.retry(unsent, now.plus(backoff.delay(Math.max(1, e.attempts()), null)), null, "unauthorized", 401, "credentials refused");
            if (online) {
                feed.line(false, "unauthorized", now);
            }
            return Outcome.LINE_DOWN;
        }
        if (answer instanceof Stale st) {
            StaleMerge.onStale(s, e, st.current(), now, applier);
            return Outcome.WAIT; // merged: due again at once, after this pass
        }
        return refused(s, e, unsent, (Refused) answer, now);
    }

    private Outcome refused(Session s, OutboxEntry e, State unsent, Refused r, Instant now) {
        String body = r.body() != null ? r.body().toString() : r.fields() == null || r.fields().isEmpty() ? null : r.fields().toString();
        if (NOT_YET.contains(r.error())) {
            e.retry(unsent, now.plus(backoff.delay(e.attempts(), null)), null, r.error(), r.status(), r.message());
            return Outcome.WAIT;
        }
        e.stopped(State.REJECTED, r.status(), r.error(), r.message(), body);
        if ("transition_refused".equals(r.error())) {
            // the portal decided first (withdrawal, refusal, stop): the desk's move is shown rejected, side by side (fault 20)
            JsonNode portalStatus = r.body() == null ? null : r.body().get("TrangThaiHoSo");
            s.persist(new SyncConflict(e.aggregateId(), SyncConflict.Kind.STATUS, "TrangThaiHoSo",
                    Json.text(Json.read(e.payload()), "TrangThaiHoSo"), portalStatus == null ? null : portalStatus.asText(), e.id(), now));
            return Outcome.NEXT;
        }
        return Outcome.WAIT;
    }
}
