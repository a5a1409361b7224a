package vn.motcua.dossier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import vn.motcua.office.Numbering;

/**
 * The office's leased blocks of dossier numbers (leased numbering, issue 8): what is left of
 * them per day, how many numbers a day needs (from the office's own history), and the blocks a
 * portal answer grants. The sync runner asks the portal for more while the line is up; the
 * intake draws from them through {@link DossierCodeAllocator}.
 *
 * <p>Blocks of a day are used in increasing order and the day's counter never goes back: a
 * block granted after the desk has already moved past it (into its reserve, say) stays unused.
 * That wastes a few numbers of the portal, never gives one twice.
 */
public final class CodeLeases {
    /** Days of history the daily need is read from. */
    static final int HISTORY_DAYS = 60;
    /** The smallest block worth asking for: a quiet office still has its busy mornings. */
    static final int MIN_BLOCK = 20;
    /** The largest: a commune never receives that many in a day, and the daily sequence has only 9,999. */
    static final int MAX_BLOCK = 500;

    private final SessionFactory db;
    private final Clock clock;

    public CodeLeases(SessionFactory db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A block as the portal granted it. */
    public record Block(LocalDate day, int from, int to) {
        public Block {
            if (from < 1 || to > Numbering.MAX || from > to) {
                throw new IllegalArgumentException("block " + from + "-" + to);
            }
        }

        int size() {
            return to - from + 1;
        }
    }

    /** Keeps the blocks the portal granted (a block already kept is skipped: the same answer may come twice). */
    public void record(String agencyCode, List<Block> blocks) {
        db.inTransaction(s -> {
            for (Block b : blocks) {
                boolean known = !s.createSelectionQuery("select l.id from CodeLease l where l.agencyCode = :a and l.day = :d and l.from = :f",
                        Object.class).setParameter("a", agencyCode).setParameter("d", b.day()).setParameter("f", b.from())
                        .getResultList().isEmpty();
                if (!known) {
                    s.persist(new CodeLease(agencyCode, b.day(), b.from(), b.to(), clock.instant()));
                }
            }
        });
    }

    /** The day's blocks in increasing order. */
    public List<Block> blocks(String agencyCode, LocalDate day) {
        return db.fromTransaction(s -> blocks(s, agencyCode, day));
    }

    static List<Block> blocks(Session s, String agencyCode, LocalDate day) {
        return s.createSelectionQuery("from CodeLease l where l.agencyCode = :a and l.day = :d order by l.from", CodeLease.class)
                .setParameter("a", agencyCode).setParameter("d", day).getResultList().stream()
                .map(l -> new Block(l.day(), l.from(), l.to())).toList();
    }

    /** Leased numbers of each day not yet handed out (the day's counter is past the rest). */
    public Map<LocalDate, Integer> remaining(String agencyCode, List<LocalDate> days) {
        return db.fromTransaction(s -> {
            Map<LocalDate, Integer> left = new LinkedHashMap<>();
            for (LocalDate day : days) {
                long last = SequenceCounters.current(s, DossierCode.counterName(agencyCode, day)).orElse(0);
                int n = 0;
                for (Block b : blocks(s, agencyCode, day)) {
                    n += (int) Math.max(0, b.to() - Math.max(last, b.from() - 1));
                }
                left.put(day, n);
            }
            return left;
        });
    }

    /**
     * How many numbers to lease for one day: the busiest day of the last {@value #HISTORY_DAYS}
     * days plus a quarter, within {@value #MIN_BLOCK}–{@value #MAX_BLOCK}.
     */
    public int dailyNeed(String agencyCode, LocalDate today) {
        long busiest = db.fromTransaction(s -> s.createNativeQuery("select coalesce(max(n), 0) from (select count(*) n from dossier "
                + "where agency_code = :a and receipt_day >= :from and receipt_day <= :to group by receipt_day) d", Long.class)
                .setParameter("a", agencyCode).setParameter("from", today.minusDays(HISTORY_DAYS)).setParameter("to", today)
                .getSingleResult());
        return (int) Math.min(MAX_BLOCK, Math.max(MIN_BLOCK, busiest + (busiest + 3) / 4));
    }

    /** The days among {@code days} whose leased numbers left are fewer than half a day's need. */
    public List<LocalDate> runningShort(String agencyCode, List<LocalDate> days, int need) {
        List<LocalDate> out = new ArrayList<>();
        remaining(agencyCode, days).forEach((day, left) -> {
            if (left * 2 < need) {
                out.add(day);
            }
        });
        return out;
    }
}
