package vn.motcua.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.hibernate.SessionFactory;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * The push half of the sync: sends due outbox entries, per dossier first-in first-out (an
 * entry goes only when every earlier entry of its dossier is DONE), dossiers independent of
 * each other (fault 23). Each send is marked IN_FLIGHT in its own transaction before the call
 * and its answer recorded in another after it, so a desk killed in between finds it in flight
 * at start-up and resends the same ID (fault 11). What each answer means is {@link AnswerRecorder}'s.
 */
public final class Sender {
    private final SessionFactory db;
    private final PortalAdapter portal;
    private final ActionCalls calls;
    private final AnswerRecorder recorder;
    private final Clock clock;
    private final SyncListener listener;
    private final BooleanSupplier mayRun;
    private final BatchSender batches;
    private final UploadsAhead uploadsAhead;

    /**
     * @param dossiers where a 412's current snapshot is reconciled before a merge
     * @param clientId this office's client ID (the feed's {@code desk:<clientId>} origin)
     * @param mayRun asked before each send: false once this desk no longer holds the runner lease
     */
    public Sender(SessionFactory db, PortalAdapter portal, vn.motcua.documents.DocumentStore files,
            vn.motcua.dossier.PortalDossiers dossiers, String clientId, Backoff backoff, Clock clock, SyncListener listener,
            BooleanSupplier mayRun) {
        this(db, portal, files, UploadSettings.DEFAULT, dossiers, clientId, backoff, clock, listener, mayRun);
    }

    /** With a fixed upload chunk size (the tests count chunks). */
    Sender(SessionFactory db, PortalAdapter portal, vn.motcua.documents.DocumentStore files, int chunkSize,
            vn.motcua.dossier.PortalDossiers dossiers, String clientId, Backoff backoff, Clock clock, SyncListener listener,
            BooleanSupplier mayRun) {
        this(db, portal, files, UploadSettings.fixed(chunkSize), dossiers, clientId, backoff, clock, listener, mayRun);
    }

    Sender(SessionFactory db, PortalAdapter portal, vn.motcua.documents.DocumentStore files, UploadSettings uploadSettings,
            vn.motcua.dossier.PortalDossiers dossiers, String clientId, Backoff backoff, Clock clock, SyncListener listener,
            BooleanSupplier mayRun) {
        this.db = db;
        this.portal = portal;
        AttachmentUpload uploads = new AttachmentUpload(portal, files, uploadSettings.chunk(), uploadSettings.maxChunk(), listener);
        this.calls = new ActionCalls(portal, uploads);
        this.recorder = new AnswerRecorder(backoff, clock, new ChangeApplier(dossiers, clientId));
        this.uploadsAhead = new UploadsAhead(db, portal, uploads, recorder, clock, uploadSettings.parallel());
        this.clock = clock;
        this.listener = listener;
        this.mayRun = mayRun;
        this.batches = new BatchSender(db, portal, recorder, clock, listener);
    }

    /**
     * What one pass did. {@code waiting}: entries still to deliver; {@code blocked}: those of them
     * held behind a rejected or conflicting entry of their dossier (they need a person first);
     * {@code nextDue}: when the earliest of the others may go (null: none).
     */
    public record PushReport(int sent, int done, int waiting, int blocked, boolean lineDown, Instant nextDue) {
    }

    /** Row of the queue as read at the start of a pass. */
    private record Queued(UUID id, UUID dossier, State state, Instant nextAttemptAt, String errorCode, String action) {
    }

    /** One pass over the queue: sends every entry that is due and free to go. */
    public PushReport push() {
        Instant hold = db.fromTransaction(s -> SyncFeed.of(s).notBefore());
        boolean holding = hold != null && clock.instant().isBefore(hold);
        int sent = 0;
        int done = 0;
        boolean lineDown = false;
        Set<UUID> held = new HashSet<>(); // file links whose bytes the portal now holds: they may go in a batch
        while (!holding && batches.available() && mayRun.getAsBoolean()) {
            Runs runs = batchableRuns(queue(), held);
            if (runs.isEmpty()) {
                break;
            }
            List<AnswerRecorder.Outcome> outcomes = new ArrayList<>();
            // the bytes of the links go up while the batch goes (the batch first when one at a time)
            Map<UUID, UploadsAhead.Result> uploaded = uploadsAhead.putAll(runs.uploads(), mayRun, () -> {
                outcomes.addAll(runs.batch().isEmpty() ? List.of() : batches.send(runs.batch()));
                return !outcomes.contains(AnswerRecorder.Outcome.LINE_DOWN);
            });
            sent += outcomes.size();
            done += (int) outcomes.stream().filter(o -> o == AnswerRecorder.Outcome.DONE).count();
            boolean moved = outcomes.stream().anyMatch(o -> o == AnswerRecorder.Outcome.DONE || o == AnswerRecorder.Outcome.NEXT);
            uploaded.forEach((link, r) -> {
                if (r == UploadsAhead.Result.HELD) {
                    held.add(link);
                }
            });
            moved |= uploaded.containsValue(UploadsAhead.Result.HELD);
            lineDown = outcomes.contains(AnswerRecorder.Outcome.LINE_DOWN) || uploaded.containsValue(UploadsAhead.Result.LINE_DOWN);
            if (lineDown || !moved) {
                break; // every head now waits (backoff, a person): the one-by-one pass below sees the rest
            }
        }
        Map<UUID, List<Queued>> byDossier = holding || lineDown ? Map.of() : queue();
        passes:
        for (List<Queued> entries : byDossier.values()) {
            for (Queued q : entries) {
                if (q.state() == State.REJECTED && AnswerRecorder.nonBlocking(q.errorCode())) {
                    continue; // a status move the portal refused after its own decision: the rest may still land (fault 20)
                }
                if (!q.state().waiting() || q.state() == State.IN_FLIGHT) {
                    break; // rejected / conflict blocks only its own dossier (fault 23)
                }
                if (q.nextAttemptAt() != null && q.nextAttemptAt().isAfter(clock.instant())) {
                    break;
                }
                if (!mayRun.getAsBoolean()) {
                    break passes;
                }
                AnswerRecorder.Outcome outcome = sendOne(q.id());
                sent++;
                if (outcome == AnswerRecorder.Outcome.DONE) {
                    done++;
                    continue;
                }
                if (outcome == AnswerRecorder.Outcome.LINE_DOWN) {
                    lineDown = true;
                    break passes; // the portal is unreachable or overloaded: every other send would fail the same way
                }
                if (outcome != AnswerRecorder.Outcome.NEXT) {
                    break;
                }
            }
        }
        return summary(sent, done, lineDown || holding, sent == 0 ? hold : null);
    }

    /** What waits after a pass: how many, how many held behind a person's decision, and when the next may go. */
    private PushReport summary(int sent, int done, boolean lineDown, Instant knownHold) {
        int waiting = 0;
        int blocked = 0;
        Instant nextDue = null;
        for (List<Queued> entries : queue().values()) {
            boolean held = false;
            boolean headSeen = false;
            for (Queued q : entries) {
                if (q.state() == State.REJECTED && AnswerRecorder.nonBlocking(q.errorCode())) {
                    continue;
                }
                if (!q.state().waiting()) {
                    held = true;
                    continue;
                }
                waiting++;
                if (held) {
                    blocked++;
                } else if (!headSeen) {
                    headSeen = true;
                    Instant due = q.nextAttemptAt() == null ? clock.instant() : q.nextAttemptAt();
                    nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
                }
            }
        }
        Instant floor = knownHold != null || sent == 0 ? knownHold : db.fromTransaction(s -> SyncFeed.of(s).notBefore());
        if (nextDue != null && floor != null && floor.isAfter(nextDue)) {
            nextDue = floor; // the portal's Retry-After holds every send
        }
        return new PushReport(sent, done, waiting, blocked, lineDown, nextDue);
    }

    /** The next batch, and the file links whose bytes go up after it (their links then go in a later batch). */
    private record Runs(List<UUID> batch, List<UUID> uploads) {
        boolean isEmpty() {
            return batch.isEmpty() && uploads.isEmpty();
        }
    }

    /**
     * What may go in the next batch (at most {@link BatchSender#SIZE}): for each dossier, the run
     * of entries it would send next, in order, while they are due and may travel in a batch. An
     * update ends a run unless it starts it: its If-Match is the version known before the batch.
     * A file link ends a run until its bytes are {@code held} by the portal: it is then listed to
     * upload. The portal holds back the rest of a run behind a refusal (424), so the order per
     * dossier is kept, and the runs follow one another as the one-by-one sender would send them.
     */
    private Runs batchableRuns(Map<UUID, List<Queued>> byDossier, Set<UUID> held) {
        List<UUID> batch = new ArrayList<>();
        List<UUID> uploads = new ArrayList<>();
        Instant now = clock.instant();
        for (List<Queued> entries : byDossier.values()) {
            boolean first = true;
            for (Queued q : entries) {
                if (q.state() == State.REJECTED && AnswerRecorder.nonBlocking(q.errorCode())) {
                    continue;
                }
                boolean free = q.state().waiting() && q.state() != State.IN_FLIGHT
                        && (q.nextAttemptAt() == null || !q.nextAttemptAt().isAfter(now));
                if (free && !BatchSender.batchable(q.action()) && !held.contains(q.id())) {
                    if (uploads.size() < BatchSender.SIZE) {
                        uploads.add(q.id());
                    }
                    break;
                }
                if (!free || !first && "UPDATE".equals(q.action()) || batch.size() == BatchSender.SIZE) {
                    break;
                }
                batch.add(q.id());
                first = false;
            }
            if (batch.size() == BatchSender.SIZE) {
                break;
            }
        }
        return new Runs(batch, uploads);
    }

    private Map<UUID, List<Queued>> queue() {
        List<Object[]> rows = db.fromTransaction(s -> s.createSelectionQuery("select e.id, e.aggregateId, e.state, e.nextAttemptAt,"
                + " e.errorCode, e.action from OutboxEntry e where e.state not in :settled order by e.seq", Object[].class)
                .setParameter("settled", State.SETTLED).getResultList());
        Map<UUID, List<Queued>> byDossier = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Queued q = new Queued((UUID) r[0], (UUID) r[1], (State) r[2], (Instant) r[3], (String) r[4], (String) r[5]);
            byDossier.computeIfAbsent(q.dossier(), k -> new ArrayList<>()).add(q);
        }
        return byDossier;
    }

    /** Sends one entry: in flight, call (refreshing credentials once without counting, fault 24), record. */
    AnswerRecorder.Outcome sendOne(UUID id) {
        Instant start = clock.instant();
        Started started = db.fromTransaction(s -> {
            OutboxEntry e = s.find(OutboxEntry.class, id);
            if (e == null || !e.state().waiting() || e.state() == State.IN_FLIGHT) {
                return null;
            }
            SyncDossier known = s.find(SyncDossier.class, e.aggregateId());
            ActionCalls.Call c = new ActionCalls.Call(e.id(), e.aggregateId(), e.action(), e.payload(), e.createdAt(),
                    known == null ? null : known.serverVersion());
            State previous = e.state();
            e.inFlight(start, true);
            return new Started(c, previous);
        });
        if (started == null) {
            return AnswerRecorder.Outcome.NEXT;
        }
        ActionCalls.Call call = started.call();
        State previous = started.previous();
        PortalAnswer answer = calls.call(call);
        if (answer instanceof PortalAnswer.Unauthorized) {
            PortalAnswer auth = portal.authenticate();
            if (auth instanceof PortalAnswer.Accepted) {
                answer = calls.call(call); // the same attempt: the portal never looked at the first
            }
        }
        PortalAnswer finalAnswer = answer;
        AnswerRecorder.Outcome outcome = db.fromTransaction(s -> recorder.record(s, id, previous, finalAnswer));
        listener.onEvent(new SyncEvent(SyncEvent.Kind.SENT, call.dossier(), id, outcome.name(), 0, 0));
        return outcome;
    }

    private record Started(ActionCalls.Call call, State previous) {
    }
}
