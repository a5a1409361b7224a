package vn.motcua.dossier;

import jakarta.transaction.Synchronization;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

/**
 * Named gap-free counters (dossier codes per agency and day, register lines per year).
 *
 * <p>{@link #next} increments under the row lock inside the caller's transaction: concurrent
 * intakes, in this process or another one on the same database, queue on that lock, so two
 * dossiers never share a number; a rolled-back intake gives its number back (no gap), and a
 * committed one can never be handed out again (no reuse).
 */
final class SequenceCounters {
    private final SessionFactory db;
    /** One lock per counter, held by a transaction from its first draw to its commit or rollback. */
    private final ConcurrentHashMap<String, ReentrantLock> drawing = new ConcurrentHashMap<>();

    SequenceCounters(SessionFactory db) {
        this.db = db;
    }

    /**
     * Creates the counter if it does not exist yet, in its own transaction, so that the intake
     * transaction only ever updates an existing row (two desks creating it at once: one insert
     * wins, the other's failure is harmless).
     */
    void ensure(String name, long start) {
        boolean exists = db.fromTransaction(s -> current(s, name).isPresent());
        if (exists) {
            return;
        }
        try {
            db.inTransaction(s -> s.createNativeMutationQuery("insert into sequence_counter (name, last_value) values (:n, :v)")
                    .setParameter("n", name).setParameter("v", start).executeUpdate());
        } catch (jakarta.persistence.PersistenceException raced) {
            if (db.fromTransaction(s -> current(s, name).isEmpty())) {
                throw raced;
            }
        }
    }

    /**
     * The next value after the last one handed out, at least {@code from}, or empty when it
     * would pass {@code to}. Call {@link #ensure} first.
     *
     * <p>Read with {@code FOR UPDATE}, then written as a plain value: the row lock is taken
     * before the value is read, so a desk that waited for it reads what the other desk
     * committed. (A single {@code SET last_value = last_value + 1} handed out the same number
     * twice under load on H2: the waiting update computed from the row it first saw.)
     */
    OptionalLong next(Session s, String name, long from, long to) {
        return next(s, name, List.of(new long[] {from, to}));
    }

    /**
     * The smallest value after the last one handed out that lies in one of {@code ranges}
     * ({from, to} pairs, any order), or empty when none is left: leased numbering draws from the
     * day's leased blocks, then from the offline reserve.
     */
    OptionalLong next(Session s, String name, List<long[]> ranges) {
        holdUntilCompletion(s, name);
        List<long[]> sorted = ranges.stream().sorted(java.util.Comparator.comparingLong(r -> r[0])).toList();
        while (true) {
            long last = s.createNativeQuery("select last_value from sequence_counter where name = :n for update", Long.class)
                    .setParameter("n", name).getSingleResult();
            OptionalLong next = OptionalLong.empty();
            for (long[] r : sorted) {
                long candidate = Math.max(last + 1, r[0]);
                if (candidate <= r[1]) {
                    next = OptionalLong.of(candidate);
                    break;
                }
            }
            if (next.isEmpty()) {
                return next;
            }
            int changed = s.createNativeMutationQuery("update sequence_counter set last_value = :v where name = :n and last_value = :last")
                    .setParameter("v", next.getAsLong()).setParameter("n", name).setParameter("last", last).executeUpdate();
            if (changed == 1) {
                return next;
            }
            // another desk committed in between: read again
        }
    }

    /**
     * Desks of this process draw from a counter one transaction at a time. The row lock alone is
     * not enough on H2: under load, with pooled connections, a draw now and then saw a value
     * another desk had already moved past and the counter went back a few numbers (duplicates
     * in DossierCodeAllocatorTest, about one run in ten on a busy machine; raw JDBC with a
     * connection pool reproduces it). Holding a lock in the JVM until the transaction ends keeps
     * the draws of one desk in line; the unique constraint on {@code dossier.code} still refuses
     * a duplicate from another process, and PostgreSQL (several desks) has no such problem.
     */
    private void holdUntilCompletion(Session s, String name) {
        ReentrantLock lock = drawing.computeIfAbsent(name, n -> new ReentrantLock());
        if (lock.isHeldByCurrentThread()) {
            return; // a second draw in the same transaction
        }
        lock.lock();
        try {
            s.getTransaction().registerSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    lock.unlock();
                }
            });
        } catch (RuntimeException e) {
            lock.unlock();
            throw e;
        }
    }

    /** The counter's last value read without its lock (empty when it does not exist yet): for planning, never for drawing. */
    static OptionalLong current(Session s, String name) {
        return s.createNativeQuery("select last_value from sequence_counter where name = :n", Long.class)
                .setParameter("n", name).uniqueResultOptional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
