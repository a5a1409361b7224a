package vn.motcua.calendar;

import java.util.Arrays;

/**
 * Every lunar month between two winter solstices, labelled (number, year, leap) exactly as
 * Hồ Ngọc Đức's {@code convertSolar2Lunar} labels the days inside it. Computing the labels
 * once per month instead of once per day is what makes {@link LunarCalendar} fast.
 *
 * <p>It also avoids an edge of the day-by-day code: that code guesses the lunation from the
 * mean month length and, when the true new moon is late enough (2054-05-07 and 2062-04-09 in
 * 1900–2199), returns "day 0". Here months are consecutive new moons, so those days are the
 * 30th of the month before, as the new-moon days themselves imply.
 */
record LunarMonthTable(long[] starts, int[] numbers, int[] years, boolean[] leaps) {

    /**
     * Months from month 11 of {@code fromYear} to the one before month 11 of {@code toYear},
     * plus one sentinel start so that the last month has a length.
     */
    static LunarMonthTable build(double timeZone, int fromYear, int toYear) {
        int capacity = (toYear - fromYear + 1) * 13 + 1;
        long[] starts = new long[capacity];
        int[] numbers = new int[capacity];
        int[] years = new int[capacity];
        boolean[] leaps = new boolean[capacity];
        int n = 0;
        long a11 = HoNgocDucAstronomy.lunarMonth11(fromYear, timeZone);
        for (int year = fromYear; year < toYear; year++) {
            long b11 = HoNgocDucAstronomy.lunarMonth11(year + 1, timeZone);
            int k = HoNgocDucAstronomy.lunationIndex(a11);
            boolean hasLeap = b11 - a11 > 365;
            int leapOffset = hasLeap ? HoNgocDucAstronomy.leapMonthOffset(a11, timeZone) : Integer.MAX_VALUE;
            for (int diff = 0; ; diff++) {
                long start = diff == 0 ? a11 : HoNgocDucAstronomy.newMoonDay(k + diff, timeZone);
                if (start >= b11) {
                    break;
                }
                int month = diff + 11;
                boolean leap = false;
                if (diff >= leapOffset) {
                    month = diff + 10;
                    leap = diff == leapOffset;
                }
                if (month > 12) {
                    month -= 12;
                }
                // months 11 and 12 right after the solstice still belong to the old lunar year
                int lunarYear = month >= 11 && diff < 4 ? year : year + 1;
                starts[n] = start;
                numbers[n] = month;
                years[n] = lunarYear;
                leaps[n] = leap;
                n++;
            }
            a11 = b11;
        }
        starts[n] = a11; // sentinel: start of month 11 of toYear
        return new LunarMonthTable(Arrays.copyOf(starts, n + 1), Arrays.copyOf(numbers, n),
                Arrays.copyOf(years, n), Arrays.copyOf(leaps, n));
    }
}
