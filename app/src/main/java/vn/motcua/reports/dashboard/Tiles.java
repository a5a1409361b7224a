package vn.motcua.reports.dashboard;

import java.time.LocalDate;
import vn.motcua.reports.OnTimeFigures;
import vn.motcua.reports.Period;

/**
 * The dashboard's headline tiles on {@code today}; the 766 points are asked apart
 * ({@link Dashboard#quarterIndex}).
 *
 * @param month          the current month and its on-time figures (the rate is {@code monthFigures.onTimeRate()}, null when nothing was judged)
 * @param year           1 January to today and its on-time figures
 * @param quarterFrom    the first day of the quarter the 766 index is shown for
 * @param quarterTo      its last day
 * @param overdue        open dossiers past their due day now
 * @param dueThisWeek    open dossiers due from today to {@code week.last()}
 * @param week           the working week "due this week" covers
 */
public record Tiles(Period month, OnTimeFigures monthFigures, Period year, OnTimeFigures yearFigures, LocalDate quarterFrom,
        LocalDate quarterTo, long overdue, long dueThisWeek, WorkingWeek week) {
}
