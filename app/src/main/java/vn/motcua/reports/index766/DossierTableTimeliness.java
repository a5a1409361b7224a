package vn.motcua.reports.index766;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import vn.motcua.calendar.WorkCalendar;

/**
 * The timeliness share read straight from the dossier table (to be replaced by the on-time
 * report's figures). Counted: every dossier received before the period's end and not finished
 * before its start (carried over + new), except those never accepted (1), refused (3),
 * withdrawn (7) or stopped (8). In time: finished in the period with the verdict EARLY or
 * ON_TIME (or without a due date), or still open at the period's end and not overdue: waiting
 * for a supplement, without a due date, or due on or after the judging day — the period's last
 * day, or today while the period runs (the date rule of {@link vn.motcua.calendar.Verdict}).
 */
public final class DossierTableTimeliness implements TimelinessSource {
    static final String COUNTED = "d.status not in (1, 3, 7, 8) and d.received_at < :end"
            + " and (d.finished_at is null or d.finished_at >= :start)";
    static final String IN_TIME = "((d.finished_at is not null and d.finished_at < :end"
            + " and (d.verdict is null or d.verdict in ('EARLY', 'ON_TIME')))"
            + " or ((d.finished_at is null or d.finished_at >= :end)"
            + " and ((d.finished_at is null and d.status = 5) or d.due_at is null or d.due_at >= :judged)))";

    private final Clock clock;

    public DossierTableTimeliness(Clock clock) {
        this.clock = clock;
    }

    /**
     * {@link #COUNTED} in two parts that each follow an index (an {@code OR}, or the open range on
     * received_at, would read nearly every dossier): finished since the start (the receipt bound is
     * checked inside the sums, so the finished_at range drives the query), and still open.
     */
    static final List<String> COUNTED_PARTS = List.of(
            "d.finished_at >= :start and d.status not in (1, 3, 7, 8)",
            "d.finished_at is null and d.status not in (1, 3, 7, 8) and d.received_at < :end");

    @Override
    public Fraction timeliness(Session session, LocalDate from, LocalDate to) {
        long numerator = 0;
        long denominator = 0;
        for (String part : COUNTED_PARTS) {
            Object[] row = Sql.row(session, "select sum(case when d.received_at < :end then 1 else 0 end),"
                    + " sum(case when d.received_at < :end and " + IN_TIME + " then 1 else 0 end)"
                    + " from dossier d where " + part, params(from, to));
            numerator += Sql.number(row[1]);
            denominator += Sql.number(row[0]);
        }
        return new Fraction(numerator, denominator);
    }

    @Override
    public DossierList dossiers(Session session, LocalDate from, LocalDate to, Part part) {
        String where = COUNTED + (part == Part.NUMERATOR ? " and " + IN_TIME : "");
        Map<String, Object> params = params(from, to);
        return new DossierList(Unit.DOSSIER, Sql.codes(session, "select d.code from dossier d where " + where + " order by d.code",
                params, DossierList.PAGE), Sql.count(session, "select count(*) from dossier d where " + where, params));
    }

    private Map<String, Object> params(LocalDate from, LocalDate to) {
        Period p = new Period(from, to);
        LocalDate today = WorkCalendar.toLocal(clock.instant()).toLocalDate();
        return Map.of("start", p.start(), "end", p.end(), "judged", Period.startOf(today.isBefore(to) ? today : to));
    }
}
