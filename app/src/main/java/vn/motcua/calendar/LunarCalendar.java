package vn.motcua.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * Conversion between the Gregorian calendar and the Vietnamese lunar calendar (âm lịch) for
 * solar dates 1900-01-01..2199-12-31, computed with Hồ Ngọc Đức's astronomical algorithm for
 * the UTC+7 meridian (see {@link HoNgocDucAstronomy}).
 *
 * <p>It is deliberately not the Chinese calendar: computed for UTC+8 the new moon can fall on
 * another civil day, which moves Tết in some years (1985, 2007, 2030...).
 *
 * <p>All lunar months of the range are computed once, when the instance is built (a few
 * milliseconds), into a table of month starts; conversions are then a binary search, so
 * holiday tables and round trips over three centuries stay cheap. Instances are immutable and
 * thread-safe.
 */
public final class LunarCalendar {

    /** First and last solar dates this calendar converts. */
    public static final LocalDate MIN_SOLAR = LocalDate.of(1900, 1, 1);
    public static final LocalDate MAX_SOLAR = LocalDate.of(2199, 12, 31);

    /** Vietnam's legal time, UTC+7, the meridian of the official lunar calendar. */
    public static final double VIETNAM_TIME_ZONE = 7.0;

    private static final class VietnamHolder {
        static final LunarCalendar INSTANCE = new LunarCalendar(VIETNAM_TIME_ZONE);
    }

    private final double timeZone;
    private final long[] monthStart; // JDN of day 1 of each lunar month, ascending
    private final int[] monthNumber;
    private final int[] monthYear;
    private final boolean[] monthLeap;
    private final int firstYear;
    private final int[] yearFirstIndex; // index of the first month (month 1) of each lunar year

    private LunarCalendar(double timeZone) {
        this.timeZone = timeZone;
        LunarMonthTable table = LunarMonthTable.build(timeZone, MIN_SOLAR.getYear() - 2, MAX_SOLAR.getYear() + 1);
        this.monthStart = table.starts();
        this.monthNumber = table.numbers();
        this.monthYear = table.years();
        this.monthLeap = table.leaps();
        this.firstYear = monthYear[0] + 1; // the first year in the table is incomplete
        this.yearFirstIndex = new int[monthYear[monthYear.length - 1] - firstYear + 1];
        Arrays.fill(yearFirstIndex, -1);
        for (int i = 0; i < monthYear.length; i++) {
            int slot = monthYear[i] - firstYear;
            if (slot >= 0 && slot < yearFirstIndex.length && yearFirstIndex[slot] < 0) {
                yearFirstIndex[slot] = i;
            }
        }
    }

    /** The Vietnamese lunar calendar (UTC+7). */
    public static LunarCalendar vietnam() {
        return VietnamHolder.INSTANCE;
    }

    /**
     * A lunar calendar computed for another meridian, e.g. 8.0 for the Chinese calendar. Only
     * for comparisons; the office always uses {@link #vietnam()}.
     */
    public static LunarCalendar forTimeZone(double hoursEastOfUtc) {
        return hoursEastOfUtc == VIETNAM_TIME_ZONE ? vietnam() : new LunarCalendar(hoursEastOfUtc);
    }

    public double timeZone() {
        return timeZone;
    }

    /** The lunar date of a solar date between {@link #MIN_SOLAR} and {@link #MAX_SOLAR}. */
    public LunarDate toLunar(LocalDate solar) {
        checkSolarRange(solar);
        long jdn = solar.toEpochDay() + HoNgocDucAstronomy.JDN_OF_EPOCH_DAY_0;
        int i = monthIndexOf(jdn);
        return new LunarDate((int) (jdn - monthStart[i] + 1), monthNumber[i], monthYear[i], monthLeap[i]);
    }

    /** The solar date of a lunar date, or empty when that lunar date does not exist or is out of range. */
    public Optional<LocalDate> toSolar(LunarDate lunar) {
        return Optional.ofNullable(resolve(lunar, false));
    }

    /** Convenience for {@link #toSolar(LunarDate)}. */
    public Optional<LocalDate> toSolar(int day, int month, int year, boolean leap) {
        return toSolar(new LunarDate(day, month, year, leap));
    }

    /**
     * The solar date of a lunar date.
     *
     * @throws NonexistentLunarDateException with a one-sentence reason when it does not exist
     */
    public LocalDate toSolarExact(LunarDate lunar) {
        return resolve(lunar, true);
    }

    /** Day 1 of month 1 (mùng 1 Tết) of a lunar year. */
    public LocalDate lunarNewYear(int lunarYear) {
        return toSolarExact(LunarDate.of(1, 1, lunarYear));
    }

    /** The leap month (tháng nhuận) of a lunar year, or 0 when the year has none. */
    public int leapMonth(int lunarYear) {
        int i = yearIndex(lunarYear);
        for (; i < monthYear.length && monthYear[i] == lunarYear; i++) {
            if (monthLeap[i]) {
                return monthNumber[i];
            }
        }
        return 0;
    }

    /** Number of days (29 or 30) of a lunar month, or 0 when that month does not exist. */
    public int monthLength(int lunarYear, int month, boolean leap) {
        int i = findMonth(lunarYear, month, leap);
        return i < 0 ? 0 : (int) (monthStart[i + 1] - monthStart[i]);
    }

    private LocalDate resolve(LunarDate lunar, boolean throwIfMissing) {
        int year = lunar.year();
        String why = null;
        int i = -1;
        if (year < firstYear || year >= firstYear + yearFirstIndex.length || yearFirstIndex[year - firstYear] < 0) {
            why = "Lunar year " + year + " is outside the supported range.";
        } else {
            i = findMonth(year, lunar.month(), lunar.leap());
            if (i < 0) {
                int leap = leapMonth(year);
                why = lunar.leap()
                        ? "Lunar year " + year + (leap == 0 ? " has no leap month." : " has its leap month after month " + leap + ", not " + lunar.month() + ".")
                        : "Lunar month " + lunar.month() + " of year " + year + " does not exist.";
            } else if (lunar.day() > monthStart[i + 1] - monthStart[i]) {
                why = "Lunar month " + lunar.month() + (lunar.leap() ? " (leap)" : "") + " of year " + year
                        + " has only " + (monthStart[i + 1] - monthStart[i]) + " days, so day " + lunar.day() + " does not exist.";
            }
        }
        LocalDate solar = null;
        if (why == null) {
            solar = LocalDate.ofEpochDay(monthStart[i] + lunar.day() - 1 - HoNgocDucAstronomy.JDN_OF_EPOCH_DAY_0);
            if (solar.isBefore(MIN_SOLAR) || solar.isAfter(MAX_SOLAR)) {
                why = "Lunar date " + lunar + " falls outside the supported range " + MIN_SOLAR + ".." + MAX_SOLAR + ".";
                solar = null;
            }
        }
        if (solar == null && throwIfMissing) {
            throw new NonexistentLunarDateException(lunar, why);
        }
        return solar;
    }

    private int yearIndex(int lunarYear) {
        int slot = lunarYear - firstYear;
        return slot < 0 || slot >= yearFirstIndex.length ? monthYear.length : yearFirstIndex[slot];
    }

    private int findMonth(int lunarYear, int month, boolean leap) {
        int i = yearIndex(lunarYear);
        // i + 1 must exist: the month length is the gap to the next start
        for (; i + 1 < monthStart.length && monthYear[i] == lunarYear; i++) {
            if (monthNumber[i] == month && monthLeap[i] == leap) {
                return i;
            }
        }
        return -1;
    }

    private int monthIndexOf(long jdn) {
        int i = Arrays.binarySearch(monthStart, jdn);
        return i >= 0 ? i : -i - 2;
    }

    private static void checkSolarRange(LocalDate solar) {
        if (solar.isBefore(MIN_SOLAR) || solar.isAfter(MAX_SOLAR)) {
            throw new IllegalArgumentException("Solar date " + solar + " is outside the supported range "
                    + MIN_SOLAR + ".." + MAX_SOLAR + ".");
        }
    }
}
