package vn.motcua.dossier;

import java.util.OptionalLong;
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
        while (true) {
            long last = s.createNativeQuery("select last_value from sequence_counter where name = :n for update", Long.class)
                    .setParameter("n", name).getSingleResult();
            long next = Math.max(last + 1, from);
            if (next > to) {
                return OptionalLong.empty();
            }
            int changed = s.createNativeMutationQuery("update sequence_counter set last_value = :v where name = :n and last_value = :last")
                    .setParameter("v", next).setParameter("n", name).setParameter("last", last).executeUpdate();
            if (changed == 1) {
                return OptionalLong.of(next);
            }
            // another desk committed in between: read again
        }
    }

    private static OptionalLong current(Session s, String name) {
        return s.createNativeQuery("select last_value from sequence_counter where name = :n", Long.class)
                .setParameter("n", name).uniqueResultOptional()
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }
}
