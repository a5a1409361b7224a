package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * Every day of one solar year, classified once per calendar version. Looking a day up is an
 * array access, which is what keeps a due-date computation in the microsecond range.
 */
final class YearTable {

    final int year;
    final long firstEpochDay;
    final long endEpochDay; // exclusive
    final boolean[] working;
    private final DayKind[] kinds;
    private final String[] reasons;

    private YearTable(int year) {
        this.year = year;
        this.firstEpochDay = LocalDate.of(year, 1, 1).toEpochDay();
        this.endEpochDay = LocalDate.of(year + 1, 1, 1).toEpochDay();
        int n = (int) (endEpochDay - firstEpochDay);
        this.working = new boolean[n];
        this.kinds = new DayKind[n];
        this.reasons = new String[n];
    }

    /**
     * Builds the year: weekly pattern, then statutory holidays, then art. 111(3) compensation,
     * then the announced overlay (which has the last word, since the government's schedule is
     * what civil servants actually follow).
     */
    static YearTable build(int year, HolidayRules rules, LunarCalendar lunar, OfficeHours hours, CalendarOverlay overlay) {
        YearTable t = new YearTable(year);
        for (int i = 0; i < t.kinds.length; i++) {
            DayOfWeek dow = LocalDate.ofEpochDay(t.firstEpochDay + i).getDayOfWeek();
            t.kinds[i] = hours.isWorkingWeekday(dow) ? DayKind.WORKING_DAY : DayKind.WEEKLY_REST;
        }
        List<Holiday> holidays = rules.holidays(year, lunar,
                overlay == null ? List.of() : overlay.tetDays(),
                overlay == null ? null : overlay.nationalDayAdjacent().orElse(null));
        for (Holiday h : holidays) {
            int i = t.index(h.date());
            t.reasons[i] = t.kinds[i] == DayKind.PUBLIC_HOLIDAY ? t.reasons[i] + "; " + h.name() : h.name();
            t.kinds[i] = DayKind.PUBLIC_HOLIDAY;
        }
        for (Holiday h : holidays) { // sorted by date, so a run of weekend holidays takes consecutive days
            if (!hours.isWorkingWeekday(h.date().getDayOfWeek())) {
                int i = t.index(h.date()) + 1;
                while (i < t.kinds.length && t.kinds[i] != DayKind.WORKING_DAY) {
                    i++;
                }
                if (i < t.kinds.length) { // a holiday on 30–31/12 would compensate next year; none exists
                    t.kinds[i] = DayKind.COMPENSATORY_DAY_OFF;
                    t.reasons[i] = "Nghỉ bù " + h.name() + ", ngày " + VietnameseText.date(h.date()) + " trùng "
                            + VietnameseText.weekday(h.date());
                }
            }
        }
        if (overlay != null) {
            for (OverlayEntry e : overlay.entries()) {
                int i = t.index(e.date());
                if (e.action() == OverlayAction.OFF) {
                    if (t.kinds[i].working()) {
                        t.kinds[i] = DayKind.ANNOUNCED_DAY_OFF;
                        t.reasons[i] = e.reason();
                    } else {
                        // already off by the rules: keep the kind, show the announced wording
                        t.reasons[i] = e.reason();
                    }
                } else if (e.action() == OverlayAction.WORK) {
                    t.kinds[i] = DayKind.SWAPPED_WORKING_DAY;
                    t.reasons[i] = e.reason();
                }
            }
        }
        for (int i = 0; i < t.kinds.length; i++) {
            t.working[i] = t.kinds[i].working();
        }
        return t;
    }

    DayKind kind(LocalDate date) {
        return kinds[index(date)];
    }

    DayInfo info(LocalDate date) {
        int i = index(date);
        String reason = reasons[i];
        if (reason == null) {
            reason = kinds[i] == DayKind.WORKING_DAY ? "Ngày làm việc" : "Nghỉ hằng tuần (" + VietnameseText.weekday(date) + ")";
        }
        return new DayInfo(date, kinds[i], reason);
    }

    private int index(LocalDate date) {
        return (int) (date.toEpochDay() - firstEpochDay);
    }
}
