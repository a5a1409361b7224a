package vn.motcua.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
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
 * Several scans may upload at once while the sender's thread sends its batch ({@link #putAll}).
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
    private final int parallel;

    /** @param parallel how many scans upload at once (1: one after the other, on the caller's thread) */
    UploadsAhead(SessionFactory db, PortalAdapter portal, AttachmentUpload uploads, AnswerRecorder recorder, Clock clock, int parallel) {
        this.db = db;
        this.portal = portal;
        this.uploads = uploads;
        this.recorder = recorder;
        this.clock = clock;
        this.parallel = Math.max(1, parallel);
    }

    /**
     * Uploads the attachments of {@code links} while {@code meanwhile} runs on this thread (it
     * answers false when the line went down); with one upload at a time it runs first, and the
     * uploads after it, in order. Stops starting uploads once the line is down or {@code mayRun}
     * says no (asked by one thread at a time). No thread is ever interrupted: one interrupted
     * inside H2's file I/O would close the office database.
     *
     * @return what came of each upload that ran
     */
    Map<UUID, Result> putAll(List<UUID> links, BooleanSupplier mayRun, BooleanSupplier meanwhile) {
        Map<UUID, Result> out = new ConcurrentHashMap<>();
        AtomicBoolean down = new AtomicBoolean();
        Object asking = new Object();
        BooleanSupplier mayStart = () -> {
            synchronized (asking) {
                return !down.get() && mayRun.getAsBoolean();
            }
        };
        if (parallel == 1 || links.isEmpty()) {
            down.set(!meanwhile.getAsBoolean());
            for (UUID link : links) {
                if (!mayStart.getAsBoolean()) {
                    break;
                }
                putInto(link, out, down);
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, links.size()), r -> {
            Thread t = new Thread(r, "motcua-sync-upload");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> started = new ArrayList<>();
            for (UUID link : links) {
                started.add(pool.submit(() -> {
                    if (mayStart.getAsBoolean()) {
                        putInto(link, out, down);
                    }
                }));
            }
            if (!meanwhile.getAsBoolean()) {
                down.set(true);
            }
            for (Future<?> f : started) {
                f.get();
            }
            return out;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return out;
        } finally {
            pool.shutdown();
            try {
                // when the batch failed, the uploads under way still end by themselves before the pass does
                pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void putInto(UUID link, Map<UUID, Result> out, AtomicBoolean down) {
        Result r = put(link);
        out.put(link, r);
        if (r == Result.LINE_DOWN) {
            down.set(true);
        }
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
