package vn.motcua.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.Lifespan;

/**
 * THE definition of the on-time figures, written once as SQL and used by every figure, the
 * click-through and the raw CSV rows (README, "On-time figures").
 *
 * <p>A period's dossiers are those received before its end and not closed before its start:
 * <ul>
 * <li>{@link Part#NEW}: received in the period (one range of the index {@code ix_dossier_report});</li>
 * <li>{@link Part#CARRIED_SHORT}, {@link Part#CARRIED_MEDIUM}, {@link Part#CARRIED_LONG}: received
 * before it and still open at its start, found per lifespan class ({@link Lifespan}) on
 * {@code ix_dossier_span}.</li>
 * </ul>
 * Each gets one {@link Outcome} by {@link #OUTCOME}. Parameters: {@code :s} the period's first
 * instant, {@code :t} the instant the figures stand at (its end, or now), {@code :j} the start of
 * the day open dossiers are judged on (the period's last day, or today), {@code :s0} / {@code :s1}
 * the start minus the short / medium lifespan.
 */
final class OnTimeSql {
    /** The status a dossier had at :t: its status, unless it changed since (then its history says). */
    private static final String STATUS_AT_T = "(case when coalesce(d.status_changed_at, d.received_at) < :t then d.status "
            + "else coalesce((select e.to_status from dossier_status_event e where e.dossier_id = d.id and e.at < :t "
            + "order by e.seq desc fetch first 1 row only), d.status) end)";
    /** The first extension after :t, and the first supplement received after :t, knew the due date at :t as their "old" one. */
    private static final String EXT_OLD = "(select min(x.old_due_at) from dossier_extension x where x.dossier_id = d.id and x.at >= :t)";
    private static final String SUP_OLD = "(select min(r.old_due_at) from supplement_round r where r.dossier_id = d.id "
            + "and r.received_at >= :t)";
    /** The due instant in force at :t (due dates only move later, so the earliest of these). */
    private static final String DUE_AT_T = "(case when " + EXT_OLD + " is null then coalesce(" + SUP_OLD + ", d.due_at) "
            + "when " + SUP_OLD + " is null or " + EXT_OLD + " <= " + SUP_OLD + " then " + EXT_OLD + " else " + SUP_OLD + " end)";

    /**
     * The outcome of one dossier: closed before :t → refused (3), withdrawn (7), stopped (8), or
     * resolved by its stored verdict (by date, Vietnam time; no verdict — no due date — is on time);
     * open at :t → waiting for a supplement when its status then was 5, overdue when the due date in
     * force then is before the judging day, else in time. Only the open ones read the row itself.
     */
    static final String OUTCOME = "(case when d.closed_at is not null and d.closed_at < :t then "
            + "case d.status when 3 then 'REFUSED' when 7 then 'WITHDRAWN' when 8 then 'STOPPED' "
            + "else case d.verdict when 'EARLY' then 'RESOLVED_EARLY' when 'LATE' then 'RESOLVED_LATE' "
            + "else 'RESOLVED_ON_TIME' end end "
            + "when " + STATUS_AT_T + " = 5 then 'WAITING_SUPPLEMENT' "
            + "when " + DUE_AT_T + " < :j then 'OPEN_OVERDUE' "
            + "else 'OPEN_IN_TIME' end)";

    /** The four index ranges whose union is the period's dossiers. */
    enum Part {
        NEW(false, "d.received_at >= :s and d.received_at < :t"),
        CARRIED_SHORT(true, "d.span_class = " + Lifespan.SHORT_CLASS
                + " and d.received_at >= :s0 and d.received_at < :s and d.closed_at >= :s"),
        CARRIED_MEDIUM(true, "d.span_class = " + Lifespan.MEDIUM_CLASS
                + " and d.received_at >= :s1 and d.received_at < :s and d.closed_at >= :s"),
        CARRIED_LONG(true, "d.span_class = " + Lifespan.LONG_CLASS
                + " and d.received_at < :s and (d.closed_at is null or d.closed_at >= :s)");

        final boolean carried;
        final String where;

        /**
         * {@code dossier d}, on H2 with the covering index named for the period's range: H2 costs
         * {@code ix_dossier_received} (same first column) the same and would read every row.
         */
        String from(boolean h2) {
            return h2 && this == NEW ? "dossier d use index (ix_dossier_report)" : "dossier d";
        }

        Part(boolean carried, String where) {
            this.carried = carried;
            this.where = where;
        }

        boolean in(Figure.Origin origin) {
            return origin == Figure.Origin.ANY || (origin == Figure.Origin.CARRIED_OVER) == carried;
        }
    }

    static final List<Part> PARTS = List.of(Part.values());

    private OnTimeSql() {
    }

    /** True on H2 (index hints are H2's own syntax; PostgreSQL plans index-only scans by itself). */
    static boolean h2(java.sql.Connection c) throws java.sql.SQLException {
        return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
    }

    /** The parameter values for a period standing at {@code asOf} (its end, or now if earlier). */
    static Map<String, Object> parameters(Period p, Instant asOf) {
        Map<String, Object> v = new HashMap<>();
        v.put("s", p.start());
        v.put("t", asOf);
        v.put("j", WorkCalendar.toInstant(judgingDay(asOf).atStartOfDay()));
        v.put("s0", p.start().minus(Lifespan.SHORT));
        v.put("s1", p.start().minus(Lifespan.MEDIUM));
        return v;
    }

    /** The instant a period's figures stand at: its end, or {@code now} while it is not over. */
    static Instant asOf(Period p, Instant now) {
        return now.isBefore(p.end()) ? now : p.end();
    }

    /** The day open dossiers are judged on: the last day before {@code asOf} (Vietnam time). */
    static LocalDate judgingDay(Instant asOf) {
        return WorkCalendar.toLocal(asOf.minusNanos(1)).toLocalDate();
    }

    /** One raw row per dossier of a part, in receipt order, with its outcome last. */
    static String rows(Part part, boolean h2) {
        return "select d.code, d.procedure_code, d.procedure_name, d.procedure_field, d.channel, d.processing_unit, "
                + "d.received_by_name, d.received_at, d.due_at, d.closed_at, " + OUTCOME + " as outcome from " + part.from(h2) + " where "
                + part.where + " order by d.received_at, d.code";
    }

    /** {@code select <keys>, outcome, count(*)} over one part, grouped. */
    static String grouped(Part part, List<String> keys, boolean h2) {
        String k = keys.isEmpty() ? "" : String.join(", ", keys) + ", ";
        return "select " + k + OUTCOME + " as outcome, count(*) as n from " + part.from(h2) + " where " + part.where
                + " group by " + k + "outcome";
    }
}
