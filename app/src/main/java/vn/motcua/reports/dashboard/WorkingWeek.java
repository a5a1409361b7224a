package vn.motcua.reports.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import vn.motcua.calendar.WorkCalendar;

/**
 * "This week" for the chair: from today to the last working day of today's Monday–Sunday week,
 * by the office calendar (a holiday Friday ends the week on Thursday; a swapped working Saturday
 * belongs to it). When no working day of today's week is left (a weekend, the last days off of a
 * holiday), the week ahead is meant: through the last working day of next week.
 */
public record WorkingWeek(LocalDate first, LocalDate last) {
    /** The working week seen from {@code today} with the office calendar in force. */
    public static WorkingWeek from(LocalDate today, WorkCalendar calendar) {
        LocalDate last = lastWorkingDay(today, calendar);
        if (last == null) {
            last = lastWorkingDay(today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), calendar);
        }
        // a whole week without a working day (Tết can come close): the week's Sunday, so the window is never empty
        return new WorkingWeek(today, last != null ? last : today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
    }

    /** The last working day from {@code day} to its week's Sunday, or null. */
    private static LocalDate lastWorkingDay(LocalDate day, WorkCalendar calendar) {
        for (LocalDate d = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); !d.isBefore(day); d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                return d;
            }
        }
        return null;
    }
}
