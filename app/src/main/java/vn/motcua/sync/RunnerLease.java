package vn.motcua.sync;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.SessionFactory;

/**
 * One sync runner per office database (design/sync.md): several desks on one database each
 * start a runner, but only the holder of this lease sends or pulls, so nothing is sent twice
 * by two desks. The holder renews it while running; a lease not renewed in time (the desk
 * crashed) is taken over. Taking and renewing is one conditional UPDATE, atomic in the database.
 */
public final class RunnerLease {
    static final String NAME = "runner";

    private final SessionFactory db;
    private final String holder;
    private final Duration ttl;
    private final Clock clock;
    private volatile Instant heldUntil;

    public RunnerLease(SessionFactory db, String holder, Duration ttl, Clock clock) {
        this.db = db;
        this.holder = holder;
        this.ttl = ttl;
        this.clock = clock;
    }

    /**
     * Takes or renews the lease; false while another holder's lease runs. A lease whose holder
     * was a process of this machine that no longer runs (the desk was killed or the power went)
     * is taken over at once: otherwise a desk started again after a crash would not sync until
     * the dead process's lease expired (found by the SIGKILL runs, {@code SyncKillTest}).
     */
    public boolean acquire() {
        Instant now = clock.instant();
        int taken = db.fromTransaction(s -> {
            SyncLeaseRow row = s.find(SyncLeaseRow.class, NAME);
            String gone = row != null && row.holder() != null && !row.holder().equals(holder) && goneFromThisMachine(row.holder())
                    ? row.holder() : "";
            return s.createMutationQuery("update SyncLeaseRow l set l.holder = :me, l.expiresAt = :until,"
                    + " l.version = l.version + 1 where l.name = :n and (l.holder is null or l.holder = :me or l.expiresAt is null"
                    + " or l.expiresAt < :now or l.holder = :gone)")
                    .setParameter("me", holder).setParameter("until", now.plus(ttl)).setParameter("n", NAME).setParameter("now", now)
                    .setParameter("gone", gone).executeUpdate();
        });
        heldUntil = taken == 1 ? now.plus(ttl) : null;
        return taken == 1;
    }

    /**
     * True when {@code holder} names a process of this machine that has ended. Holder IDs are
     * {@code pid@host/random} ({@link SyncEngine}); anything else (another machine, another format,
     * a PID in use — possibly reused by an unrelated process) counts as alive, and such a lease
     * is only taken over when it expires, as before.
     */
    static boolean goneFromThisMachine(String holder) {
        int at = holder.indexOf('@');
        int slash = holder.lastIndexOf('/');
        if (at <= 0 || slash < at) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(holder.substring(0, at));
        } catch (NumberFormatException e) {
            return false;
        }
        String self = ManagementFactory.getRuntimeMXBean().getName();
        String host = self.substring(self.indexOf('@') + 1);
        return holder.substring(at + 1, slash).equals(host) && pid != ProcessHandle.current().pid()
                && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /**
     * Before each send: true while this runner's lease still has more than half its time left
     * (no database write), else renews it. The lease is never trusted past its expiry.
     */
    public boolean holdOrRenew() {
        Instant until = heldUntil;
        if (until != null && clock.instant().isBefore(until.minus(ttl.dividedBy(2)))) {
            return true;
        }
        return acquire();
    }

    /** Gives the lease up at once (a desk closing), so another desk need not wait for it to expire. */
    public void release() {
        heldUntil = null;
        db.inTransaction(s -> s.createMutationQuery("update SyncLeaseRow l set l.expiresAt = null, l.holder = null,"
                + " l.version = l.version + 1 where l.name = :n and l.holder = :me")
                .setParameter("n", NAME).setParameter("me", holder).executeUpdate());
    }

    /** Who holds it now (possibly expired), or null. */
    public String currentHolder() {
        return db.fromTransaction(s -> {
            SyncLeaseRow row = s.find(SyncLeaseRow.class, NAME);
            return row == null || row.expiresAt() == null || row.expiresAt().isBefore(clock.instant()) ? null : row.holder();
        });
    }

    public String holder() {
        return holder;
    }

    public Duration ttl() {
        return ttl;
    }
}
