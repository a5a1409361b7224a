package vn.motcua.ui.calendar;

import java.time.LocalDate;
import vn.motcua.calendar.DayKind;

/** One cell of the month grid, computed off the FX thread: nothing is looked up while painting. */
record MonthDay(LocalDate date, boolean inMonth, boolean today, DayKind kind, String reason, String lunar) {
    /** CSS class for the day's kind ("day-public-holiday", "day-swapped-working-day"…). */
    String styleClass() {
        return "day-" + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
