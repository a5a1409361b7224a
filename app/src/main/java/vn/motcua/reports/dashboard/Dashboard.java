package vn.motcua.reports.dashboard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.Session;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.reports.Breakdown;
import vn.motcua.reports.Cell;
import vn.motcua.reports.CellDossiers;
import vn.motcua.reports.Figure;
import vn.motcua.reports.OnTimeFigures;
import vn.motcua.reports.OnTimeReport;
import vn.motcua.reports.Period;
import vn.motcua.reports.index766.Index766;

/**
 * The chair's dashboard (bảng điều hành): the headline tiles, the trend of the on-time rate, and
 * the open dossiers at risk. Every rate comes from {@link OnTimeReport} and the index from
 * {@link Index766} as they are (one definition); the two counts of open dossiers are ranges of
 * the index on {@code dossier.open_due_at} (see {@link OpenDue}). Runs in the caller's session;
 * no dossier is loaded beyond the lines asked for.
 */
public final class Dashboard {
    private final OnTimeReport onTime;
    private final Supplier<Index766> index;
    private final Supplier<WorkCalendar> calendar;

    /**
     * @param index    the office's index (its configuration may change between calls)
     * @param calendar the office calendar in force (holidays, swapped working days)
     */
    public Dashboard(OnTimeReport onTime, Supplier<Index766> index, Supplier<WorkCalendar> calendar) {
        this.onTime = onTime;
        this.index = index;
        this.calendar = calendar;
    }

    /**
     * The headline numbers on {@code today} (Vietnam date), all but the 766 points: those come
     * from {@link #quarterIndex}, a separate question, because the index reads every indicator of
     * the quarter (about a second on a million dossiers) while these are index ranges.
     */
    public Tiles tiles(Session session, LocalDate today) {
        Period month = month(today);
        Period year = yearToDate(today);
        OnTimeFigures monthFigures = onTime.figures(session, month, Breakdown.NONE).total();
        OnTimeFigures yearFigures = onTime.figures(session, year, Breakdown.NONE).total();
        Period quarter = quarter(today);
        WorkingWeek week = week(today);
        OpenDue due = new OpenDue(today, week);
        return new Tiles(month, monthFigures, year, yearFigures, quarter.from(), quarter.to(),
                due.count(session, OpenDue.Range.OVERDUE), due.count(session, OpenDue.Range.DUE_THIS_WEEK), week);
    }

    /** The 766 tile: the total points (out of 100, unrounded) of {@code today}'s quarter to date. */
    public double quarterIndex(Session session, LocalDate today) {
        Period quarter = quarter(today);
        return index.get().compute(session, quarter.from(), quarter.to()).total();
    }

    /**
     * The dossiers behind a tile: for a rate, the dossiers it is taken over ({@link Figure#JUDGED},
     * code order); overdue and due this week, soonest due first. Their total equals the tile's
     * number. The index has no one list: its dossiers are per indicator ({@link Index766#dossiers}).
     */
    public CellDossiers dossiers(Session session, Tile tile, LocalDate today, int offset, int limit) {
        return switch (tile) {
            case MONTH_RATE -> onTime.dossiers(session, month(today), Cell.total(Figure.JUDGED), offset, limit);
            case YEAR_RATE -> onTime.dossiers(session, yearToDate(today), Cell.total(Figure.JUDGED), offset, limit);
            case OVERDUE -> new OpenDue(today, week(today)).codes(session, OpenDue.Range.OVERDUE, offset, limit);
            case DUE_THIS_WEEK -> new OpenDue(today, week(today)).codes(session, OpenDue.Range.DUE_THIS_WEEK, offset, limit);
            case INDEX_766 -> throw new IllegalArgumentException("the index lists its dossiers per indicator: Index766.dossiers");
        };
    }

    /** The on-time rate of the last {@code count} weeks (Monday–Sunday) or months, oldest first, the current one last. */
    public List<TrendPoint> trend(Session session, Granularity step, int count, LocalDate today) {
        if (count < 1 || count > 120) {
            throw new IllegalArgumentException("count " + count);
        }
        List<TrendPoint> points = new ArrayList<>(count);
        for (int back = count - 1; back >= 0; back--) {
            Period p;
            if (step == Granularity.WEEK) {
                LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(back);
                p = Period.of(monday, monday.plusDays(6));
            } else {
                p = month(today.minusMonths(back));
            }
            OnTimeFigures f = onTime.figures(session, p, Breakdown.NONE).total();
            points.add(new TrendPoint(p, f.onTimeRate(), f.inTime(), f.judged()));
        }
        return points;
    }

    /** Open dossiers overdue now or due this working week, soonest due first (code next), at most {@code limit}. */
    public AtRisk atRisk(Session session, LocalDate today, int limit) {
        WorkingWeek week = week(today);
        OpenDue due = new OpenDue(today, week);
        return new AtRisk(due.lines(session, OpenDue.Range.AT_RISK, limit), due.count(session, OpenDue.Range.AT_RISK), week);
    }

    /** The lines of the given dossiers (a click-through's page), in the order given; codes not found are left out. */
    public List<AtRisk.Line> lines(Session session, List<String> codes, LocalDate today) {
        return new OpenDue(today, week(today)).describe(session, codes);
    }

    /** The working week "due this week" covers, by the office calendar in force. */
    public WorkingWeek week(LocalDate today) {
        return WorkingWeek.from(today, calendar.get());
    }

    /** The calendar month of {@code day}. */
    public static Period month(LocalDate day) {
        YearMonth ym = YearMonth.from(day);
        return new Period(ym.atDay(1), ym.atEndOfMonth(), Period.Kind.MONTH);
    }

    /** The calendar quarter of {@code day}: the period the 766 tile is shown for. */
    public static Period quarter(LocalDate day) {
        LocalDate first = LocalDate.of(day.getYear(), 3 * ((day.getMonthValue() - 1) / 3) + 1, 1);
        return new Period(first, first.plusMonths(3).minusDays(1), Period.Kind.QUARTER);
    }

    /** 1 January of {@code day}'s year to {@code day}. */
    public static Period yearToDate(LocalDate day) {
        return Period.of(day.withDayOfYear(1), day);
    }

    static Instant startOf(LocalDate day) {
        return WorkCalendar.toInstant(day.atStartOfDay());
    }
}
