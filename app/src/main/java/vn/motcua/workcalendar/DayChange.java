package vn.motcua.workcalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.WorkCalendar;

/**
 * How one day of a year differs between two calendars (the one in force and a candidate).
 *
 * @param kind ADDED: a plain day becomes special (holiday, day off, day worked); REMOVED: a
 *        special day becomes plain; CHANGED: special in both, differently
 */
public record DayChange(LocalDate date, Kind kind, DayInfo before, DayInfo after) {

    /** What happened to the day. */
    public enum Kind { ADDED, REMOVED, CHANGED }

    /** The days of {@code year} whose kind or reason differ, in date order. */
    static List<DayChange> between(WorkCalendar before, WorkCalendar after, int year) {
        List<DayChange> changes = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            DayInfo b = before.day(d);
            DayInfo a = after.day(d);
            if (b.kind() == a.kind() && Objects.equals(b.reason(), a.reason())) {
                continue;
            }
            Kind kind = plain(b) ? Kind.ADDED : plain(a) ? Kind.REMOVED : Kind.CHANGED;
            changes.add(new DayChange(d, kind, b, a));
        }
        return changes;
    }

    private static boolean plain(DayInfo day) {
        return day.kind() == DayKind.WORKING_DAY || day.kind() == DayKind.WEEKLY_REST;
    }
}
