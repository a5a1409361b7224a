package vn.motcua.calendar;

/**
 * Hồ Ngọc Đức's {@code convertSolar2Lunar}, transcribed line by line, as an oracle for the
 * table-driven {@link LunarCalendar}: both must label every day the same way.
 */
final class DirectHoNgocDuc {

    private DirectHoNgocDuc() {
    }

    /** Returns {day, month, year, leap(0/1)}. */
    static int[] solarToLunar(int dd, int mm, int yy, double timeZone) {
        long dayNumber = HoNgocDucAstronomy.jdFromDate(dd, mm, yy);
        int k = (int) Math.floor((dayNumber - 2415021.076998695) / 29.530588853);
        long monthStart = HoNgocDucAstronomy.newMoonDay(k + 1, timeZone);
        if (monthStart > dayNumber) {
            monthStart = HoNgocDucAstronomy.newMoonDay(k, timeZone);
        }
        long a11 = HoNgocDucAstronomy.lunarMonth11(yy, timeZone);
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = yy;
            a11 = HoNgocDucAstronomy.lunarMonth11(yy - 1, timeZone);
        } else {
            lunarYear = yy + 1;
            b11 = HoNgocDucAstronomy.lunarMonth11(yy + 1, timeZone);
        }
        int lunarDay = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        int lunarLeap = 0;
        int lunarMonth = diff + 11;
        if (b11 - a11 > 365) {
            int leapMonthDiff = HoNgocDucAstronomy.leapMonthOffset(a11, timeZone);
            if (diff >= leapMonthDiff) {
                lunarMonth = diff + 10;
                if (diff == leapMonthDiff) {
                    lunarLeap = 1;
                }
            }
        }
        if (lunarMonth > 12) {
            lunarMonth = lunarMonth - 12;
        }
        if (lunarMonth >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new int[] {lunarDay, lunarMonth, lunarYear, lunarLeap};
    }
}
