package vn.motcua.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.SessionFactory;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.http.AnswerMapper;
import vn.motcua.sync.http.ContractRequest;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * Sends many outbox entries in one call ({@code POST /v1/batch}): one transaction marks them all
 * in flight, one request carries them, one transaction records every answer. Each entry keeps its
 * own ID as the idempotency key, so the entries of a lost batch answer are resent — alone or in
 * another batch — and deduplicated like any resend (fault 11). Only calls with a JSON body go
 * this way: a file link once the portal holds its bytes ({@link UploadsAhead}).
 */
final class BatchSender {
    /** Entries per request: big enough that the per-request cost disappears, small enough for a slow line's timeout. */
    static final int SIZE = 200;
    private final SessionFactory db;
    private final PortalAdapter portal;
    private final AnswerRecorder recorder;
    private final Clock clock;
    private final SyncListener listener;
    private volatile boolean unsupported;

    BatchSender(SessionFactory db, PortalAdapter portal, AnswerRecorder recorder, Clock clock, SyncListener listener) {
        this.db = db;
        this.portal = portal;
        this.recorder = recorder;
        this.clock = clock;
        this.listener = listener;
    }

    /** False once the portal said it takes no batches: the sender goes one call at a time. */
    boolean available() {
        return !unsupported;
    }

    /** Whether an entry of this action may travel in a batch as it is (a file link only once its bytes are uploaded). */
    static boolean batchable(String action) {
        return !"DOCUMENT_UPLOAD".equals(action) && !"RESULT_UPLOAD".equals(action);
    }

    private record Started(UUID id, UUID dossier, State previous, ContractRequest request) {
    }

    /** Sends {@code ids} (runs of entries, each dossier's in its order) in one call; the outcome of each, in order (empty when none went). */
    List<AnswerRecorder.Outcome> send(List<UUID> ids) {
        Instant start = clock.instant();
        List<Started> started = db.fromTransaction(s -> {
            List<Started> out = new ArrayList<>();
            for (UUID id : ids) {
                OutboxEntry e = s.find(OutboxEntry.class, id);
                if (e == null || !e.state().waiting() || e.state() == State.IN_FLIGHT) {
                    continue;
                }
                SyncDossier known = s.find(SyncDossier.class, e.aggregateId());
                ContractRequest r = EntryRequest.of(e, known == null ? null : known.serverVersion()).wire();
                out.add(new Started(e.id(), e.aggregateId(), e.state(), r));
                e.inFlight(start, true);
            }
            return out;
        });
        if (started.isEmpty()) {
            return List.of();
        }
        List<ContractRequest> requests = started.stream().map(Started::request).toList();
        PortalAnswer answer = portal.batch(requests);
        if (answer instanceof PortalAnswer.Unauthorized && portal.authenticate() instanceof PortalAnswer.Accepted) {
            answer = portal.batch(requests); // the same attempt: the portal never looked at the first
        }
        if (answer instanceof PortalAnswer.Refused) {
            // no batch route (404, 405, 501), or a batch it will not take: nothing was applied, one call at a time is always right
            unsupported = true;
            db.inTransaction(s -> started.forEach(st -> s.find(OutboxEntry.class, st.id()).undoAttempt(st.previous(), true, null, null)));
            return List.of();
        }
        PortalAnswer whole = answer;
        Map<UUID, PortalAnswer> each = whole instanceof PortalAnswer.Accepted a ? AnswerMapper.batchResults(a.body()) : Map.of();
        List<AnswerRecorder.Outcome> outcomes = db.fromTransaction(s -> {
            List<AnswerRecorder.Outcome> out = new ArrayList<>();
            for (Started st : started) {
                PortalAnswer mine = whole instanceof PortalAnswer.Accepted
                        ? each.getOrDefault(st.id(), new PortalAnswer.NoAnswer(true, "the batch answer has no result for this action"))
                        : whole;
                if (mine instanceof PortalAnswer.Refused r && r.status() == 424) {
                    // held back behind an earlier refusal of its dossier: never looked at, so not an attempt
                    s.find(OutboxEntry.class, st.id()).undoAttempt(st.previous(), true, null, null);
                    out.add(AnswerRecorder.Outcome.WAIT);
                    continue;
                }
                out.add(recorder.record(s, st.id(), st.previous(), mine));
            }
            return out;
        });
        for (int i = 0; i < started.size(); i++) {
            Started st = started.get(i);
            listener.onEvent(new SyncEvent(SyncEvent.Kind.SENT, st.dossier(), st.id(), outcomes.get(i).name(), 0, 0));
        }
        return outcomes;
    }
}
