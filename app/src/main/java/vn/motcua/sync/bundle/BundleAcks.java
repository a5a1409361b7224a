package vn.motcua.sync.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.security.AuditTrail;
import vn.motcua.sync.AnswerRecorder;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.http.AnswerMapper;

/**
 * Imports the acknowledgement ({@code motcua-bundle-ack/1}) the portal gave for a bundle this
 * desk exported. Each result is the portal's answer to one entry and is recorded exactly as the
 * same answer over the line would be ({@link AnswerRecorder}): DONE with the portal's version
 * (the dossier shows "synced"), REJECTED with the reason, CONFLICT, or queued again. As the
 * online sender, it goes no further in a dossier once an entry of it must wait; those later
 * entries stay queued and their next send gets the portal's stored answer.
 *
 * <p>Only entries still waiting (PENDING, UNKNOWN) are touched: an entry that reached the
 * portal online meanwhile, or was settled by an earlier import, stays as it is. The same file
 * imported again changes nothing. A file that is not an acknowledgement, or not for a bundle made
 * on this desk, is refused before anything is written. One transaction.
 */
public final class BundleAcks {
    /**
     * What an import did, result by result: {@code done} acknowledged, {@code rejected} refused
     * (a person must look), {@code conflicts} changed on both sides, {@code waiting} queued again
     * (the portal asked to retry, or it merged a stale update), {@code ignored} already settled or
     * held behind an earlier entry of its dossier. {@code repeated}: this file was imported before.
     */
    public record Summary(String bundleSha256, int done, int rejected, int conflicts, int waiting, int ignored, boolean repeated) {
        public int results() {
            return done + rejected + conflicts + waiting + ignored;
        }

        /** The sentence the command line and the desktop show. */
        public String messageKey() {
            return repeated ? "sync.bundle.ackRepeated" : "sync.bundle.ackImported";
        }

        public Object[] messageArgs() {
            return repeated ? new Object[] {bundleSha256} : new Object[] {bundleSha256, String.valueOf(done), String.valueOf(rejected),
                String.valueOf(conflicts), String.valueOf(waiting), String.valueOf(ignored)};
        }
    }

    private final SessionFactory db;
    private final Supplier<AnswerRecorder> recorder;
    private final AuditTrail audit;
    private final Clock clock;

    /** @param recorder how an answer is recorded (made when needed: it needs the portal settings) */
    public BundleAcks(SessionFactory db, Supplier<AnswerRecorder> recorder, AuditTrail audit, Clock clock) {
        this.db = db;
        this.recorder = recorder;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads and applies the acknowledgement in {@code file}.
     *
     * @throws UserFacingException the file cannot be read, is not an acknowledgement, or is not
     *     for a bundle made on this desk (nothing is written then)
     */
    public Summary importAck(Actor actor, Path file) {
        actor.require(Permission.TRANSFER_SYNC_BUNDLE);
        byte[] raw;
        try {
            raw = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            throw new UserFacingException(e, "sync.bundle.ackUnreadable", file.toString());
        }
        BundleAck ack = BundleAck.parse(raw, file.getFileName().toString());
        String ackSha = sha256(raw);
        AnswerRecorder answers = recorder.get();
        return db.fromTransaction(s -> {
            SyncBundle bundle = SyncBundle.bySha256(s, ack.bundleSha256());
            if (bundle == null) {
                throw new UserFacingException("sync.bundle.ackForeign", file.getFileName().toString());
            }
            Set<UUID> carried = new HashSet<>(bundle.opIds());
            for (BundleAck.Result r : ack.results()) {
                if (!carried.contains(r.opId())) {
                    throw new UserFacingException("sync.bundle.ackMismatch", file.getFileName().toString(), r.opId().toString());
                }
            }
            if (s.find(SyncBundleAck.class, ackSha) != null) {
                return new Summary(bundle.sha256(), 0, 0, 0, 0, ack.results().size(), true);
            }
            Tally t = new Tally();
            Set<UUID> held = new HashSet<>();
            for (BundleAck.Result r : ack.results()) {
                OutboxEntry e = s.find(OutboxEntry.class, r.opId());
                if (e == null || held.contains(e.aggregateId()) || e.state() != State.PENDING && e.state() != State.UNKNOWN) {
                    t.ignored++;
                    continue;
                }
                AnswerRecorder.Outcome outcome = answers.recordCarried(s, e.id(), e.state(), AnswerMapper.carried(r.status(), r.body()));
                switch (e.state()) {
                    case DONE -> t.done++;
                    case REJECTED -> t.rejected++;
                    case CONFLICT -> t.conflicts++;
                    default -> t.waiting++;
                }
                if (outcome == AnswerRecorder.Outcome.WAIT || outcome == AnswerRecorder.Outcome.LINE_DOWN) {
                    held.add(e.aggregateId()); // the sender would not go past it either
                }
            }
            Summary summary = new Summary(bundle.sha256(), t.done, t.rejected, t.conflicts, t.waiting, t.ignored, false);
            Instant now = clock.instant();
            s.persist(new SyncBundleAck(ackSha, bundle.id(), now, actor.username(), summary));
            audit.record(s, actor, "SYNC_BUNDLE_ACK", "sync_bundle", bundle.id(), "bundle=" + bundle.sha256() + " ack=" + ackSha
                    + " done=" + t.done + " rejected=" + t.rejected + " conflicts=" + t.conflicts + " waiting=" + t.waiting
                    + " ignored=" + t.ignored);
            return summary;
        });
    }

    private static final class Tally {
        int done;
        int rejected;
        int conflicts;
        int waiting;
        int ignored;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
