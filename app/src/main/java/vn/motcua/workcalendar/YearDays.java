package vn.motcua.workcalendar;

import java.util.List;
import vn.motcua.calendar.DayInfo;

/**
 * The days of a year that differ from the plain weekly pattern, and where they come from.
 *
 * @param announced whether an announced overlay is in force for the year
 * @param note the calendar's sentence on the source of the year's days off (Vietnamese)
 */
public record YearDays(int year, List<DayInfo> days, boolean announced, String note, String calendarVersion) {

    public YearDays {
        days = List.copyOf(days);
    }
}
