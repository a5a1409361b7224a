package vn.motcua.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.SessionFactory;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * Puts a file link's bytes on the portal ahead of the link, so that the link itself travels in
 * the next batch like any other keyed call: one request and one portal commit for up to
 * {@link BatchSender#SIZE} links instead of one each. The bytes alone change nothing anyone
 * sees on the portal (only the link does), so they may go before the dossier's earlier entries
 * have landed; the portal still refuses a link whose attachment it does not hold (fault 16).
 * The entry is not marked in flight meanwhile: a desk stopped mid-upload resumes from the
 * portal's offset by the same upload key (fault 12). A failed upload is recorded as the failed
 * send of its entry would be, so backoff, the line state and the clerk's view stay the same.
 */
final class UploadsAhead {
    /** What an upload ahead came to. */
    enum Result {
        /** The portal holds the attachment complete: the link may go in a batch. */
        HELD,
        /** Not held; the entry's outcome is recorded (it waits, or a person must look). */
        NOT_HELD,
        /** The portal is unreachable or overloaded: stop the pass. */
        LINE_DOWN
    }

    private final SessionFactory db;
    private final PortalAdapter portal;
    private final AttachmentUpload uploads;
    private final AnswerRecorder recorder;
    private final Clock clock;

    UploadsAhead(SessionFactory db, PortalAdapter portal, AttachmentUpload uploads, AnswerRecorder recorder, Clock clock) {
        this.db = db;
        this.portal = portal;
        this.uploads = uploads;
        this.recorder = recorder;
        this.clock = clock;
    }

    private record Waiting(EntryRequest request, State state) {
    }

    /** Uploads the attachment of file-link entry {@code id} (nothing when the entry no longer waits). */
    Result put(UUID id) {
        Instant start = clock.instant();
        Waiting w = db.fromTransaction(s -> {
            OutboxEntry e = s.find(OutboxEntry.class, id);
            return e == null || !e.state().waiting() || e.state() == State.IN_FLIGHT ? null : new Waiting(EntryRequest.of(e, null), e.state());
        });
        if (w == null || w.request().attachment() == null) {
            return Result.NOT_HELD;
        }
        PortalAnswer stop = uploads.upload(w.request());
        if (stop instanceof PortalAnswer.Unauthorized && portal.authenticate() instanceof PortalAnswer.Accepted) {
            stop = uploads.upload(w.request()); // fresh credentials; not an attempt (fault 24)
        }
        if (stop == null) {
            return Result.HELD;
        }
        PortalAnswer failed = stop;
        AnswerRecorder.Outcome outcome = db.fromTransaction(s -> {
            s.find(OutboxEntry.class, id).inFlight(start, true);
            return recorder.record(s, id, w.state(), failed);
        });
        return outcome == AnswerRecorder.Outcome.LINE_DOWN ? Result.LINE_DOWN : Result.NOT_HELD;
    }
}
