package vn.motcua.reports.index766;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.IndexFacts;

/**
 * The per-day counts behind the received and resolved shares ({@code index766_day}, migration
 * V25): what one dossier row adds to them. The H2 trigger ({@link DayRollupTrigger}) applies these
 * rules; PostgreSQL's V25 spells the same in plpgsql, and V25's backfill in SQL.
 */
final class DayRollup {
    /** The count columns of {@code index766_day}, in this order in every delta. */
    static final List<String> COUNTS = List.of("received", "received_online", "digitized", "reused", "fee_paid", "fee_online",
            "resolved", "resolved_electronic");

    /** One row of {@code index766_day}. */
    record Key(LocalDate day, String procedureCode) {
    }

    private DayRollup() {
    }

    /**
     * Adds {@code sign} × the counts of one dossier row to {@code into}: its receipt day's received
     * counts unless it was never accepted, refused, withdrawn or stopped ({@link Measures#EXCLUDED}),
     * and its finishing day's resolved counts when it finished with a result (9, 10).
     */
    static void add(Map<Key, long[]> into, Instant receivedAt, Instant finishedAt, int status, int channel, String procedureCode,
            int facts, int sign) {
        if (status != 1 && status != 3 && status != 7 && status != 8) {
            long[] d = into.computeIfAbsent(new Key(day(receivedAt), procedureCode), k -> new long[COUNTS.size()]);
            boolean feePaid = has(facts, IndexFacts.FEE_PAID);
            d[0] += sign;
            d[1] += channel == 2 ? sign : 0;
            d[2] += has(facts, IndexFacts.DIGITIZED_INPUT) ? sign : 0;
            d[3] += has(facts, IndexFacts.REUSED_INPUT) ? sign : 0;
            d[4] += feePaid ? sign : 0;
            d[5] += feePaid && has(facts, IndexFacts.FEE_ONLINE) ? sign : 0;
        }
        if (finishedAt != null && (status == 9 || status == 10)) {
            long[] d = into.computeIfAbsent(new Key(day(finishedAt), procedureCode), k -> new long[COUNTS.size()]);
            d[6] += sign;
            d[7] += has(facts, IndexFacts.ELECTRONIC_RESULT) ? sign : 0;
        }
    }

    private static boolean has(int facts, int fact) {
        return (facts & fact) != 0;
    }

    private static LocalDate day(Instant at) {
        return WorkCalendar.toLocal(at).toLocalDate();
    }
}
