package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks an announced overlay against the rules before it is applied: the checks the parser
 * cannot make because they need the lunar calendar or the statutory holidays.
 */
final class OverlayValidator {

    private OverlayValidator() {
    }

    static void validate(CalendarOverlay overlay, HolidayRules rules, LunarCalendar lunar) {
        int year = overlay.year();
        int firstLine = overlay.entries().isEmpty() ? 1 : overlay.entries().get(0).line();
        if (year < WorkCalendar.FIRST_YEAR || year > WorkCalendar.LAST_YEAR) {
            throw new OverlayFormatException(firstLine, "year " + year + " is outside the calendar's range");
        }
        Set<LocalDate> seen = new HashSet<>();
        for (OverlayEntry e : overlay.entries()) { // overlays built in code skip the parser's checks
            if (e.date().getYear() != year || !seen.add(e.date())) {
                throw new OverlayFormatException(e.line(), e.date() + (e.date().getYear() != year
                        ? " is outside the overlay year " + year : " appears twice"));
            }
        }
        List<LocalDate> tet = overlay.tetDays();
        if (!tet.isEmpty()) {
            LocalDate newYear = lunar.lunarNewYear(year);
            if (!tet.contains(newYear)) {
                int line = overlay.entry(tet.get(0)).orElseThrow().line();
                throw new OverlayFormatException(line, "the Tết days do not include mùng 1 Tết " + year + " (" + newYear + ")");
            }
        }
        List<Holiday> holidays = rules.holidays(year, lunar, tet, overlay.nationalDayAdjacent().orElse(null));
        for (OverlayEntry e : overlay.entries()) {
            if (e.action() == OverlayAction.WORK) {
                for (Holiday h : holidays) {
                    if (h.date().equals(e.date())) {
                        throw new OverlayFormatException(e.line(), e.date() + " is a public holiday (" + h.name() + ") and cannot be a working day");
                    }
                }
            }
        }
    }
}
