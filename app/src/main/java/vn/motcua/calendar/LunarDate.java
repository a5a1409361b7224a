package vn.motcua.calendar;

/**
 * A date of the Vietnamese lunar calendar (ngày âm lịch): day 1..30 of month 1..12 of a lunar
 * year, with {@code leap} set for the intercalary month (tháng nhuận) that repeats the number
 * of the month before it.
 *
 * <p>Only the ranges are checked here; whether the date exists in that year (a leap month, a
 * 30th day) is answered by {@link LunarCalendar#toSolar(LunarDate)}.
 */
public record LunarDate(int day, int month, int year, boolean leap) {

    public LunarDate {
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("A lunar day is between 1 and 30, not " + day + ".");
        }
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("A lunar month is between 1 and 12, not " + month + ".");
        }
    }

    /** Shorthand for a date in an ordinary (non-leap) month. */
    public static LunarDate of(int day, int month, int year) {
        return new LunarDate(day, month, year, false);
    }

    /** Vietnamese notation, e.g. "10/3/2026" or "15/4 nhuận/2020". */
    @Override
    public String toString() {
        return day + "/" + month + (leap ? " nhuận" : "") + "/" + year;
    }
}
