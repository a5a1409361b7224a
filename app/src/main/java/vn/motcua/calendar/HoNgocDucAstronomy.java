package vn.motcua.calendar;

/**
 * The astronomical core of the Vietnamese lunar calendar (âm lịch), transcribed from Hồ Ngọc
 * Đức's published algorithm ("Thuật toán tính âm lịch", based on Jean Meeus, "Astronomical
 * Algorithms", 1998). Only the low-precision series Đức publishes are used on purpose: the
 * Vietnamese calendar tables that citizens, ministries and printed almanacs rely on were
 * produced with exactly these formulas, so a "more accurate" ephemeris would disagree with
 * them on the rare boundary days.
 *
 * <p>All day numbers are Julian day numbers (JDN, integer, noon-based). The time zone is a
 * parameter in hours east of UTC: 7.0 gives the Vietnamese calendar, 8.0 the Chinese one
 * (used only in tests to demonstrate the years where they differ).
 */
final class HoNgocDucAstronomy {

    /** JDN of 1970-01-01, to move between {@code LocalDate.toEpochDay()} and JDN. */
    static final long JDN_OF_EPOCH_DAY_0 = 2_440_588L;

    /** Mean synodic month in days, as in Đức's code. */
    private static final double SYNODIC_MONTH = 29.530588853;

    /** JD of the new moon k = 0 (1900-01-01 13:52 UTC) used to index lunations. */
    private static final double NEW_MOON_EPOCH = 2415021.076998695;

    private static final double DR = Math.PI / 180;

    private HoNgocDucAstronomy() {
    }

    /** Julian day number of a Gregorian date (valid for all dates after 1582-10-15). */
    static long jdFromDate(int day, int month, int year) {
        int a = (14 - month) / 12;
        long y = year + 4800L - a;
        int m = month + 12 * a - 3;
        return day + (153L * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045;
    }

    /** Julian date (fractional, UT) of the k-th new moon after the one of 1900-01-01. */
    static double newMoon(int k) {
        double t = k / 1236.85; // time in Julian centuries from 1900-01-0.5
        double t2 = t * t;
        double t3 = t2 * t;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 = jd1 + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun anomaly
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon anomaly
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // latitude arg.
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * DR) + 0.0021 * Math.sin(2 * DR * m);
        c1 = c1 - 0.4068 * Math.sin(mpr * DR) + 0.0161 * Math.sin(DR * 2 * mpr);
        c1 = c1 - 0.0004 * Math.sin(DR * 3 * mpr);
        c1 = c1 + 0.0104 * Math.sin(DR * 2 * f) - 0.0051 * Math.sin(DR * (m + mpr));
        c1 = c1 - 0.0074 * Math.sin(DR * (m - mpr)) + 0.0004 * Math.sin(DR * (2 * f + m));
        c1 = c1 - 0.0004 * Math.sin(DR * (2 * f - m)) - 0.0006 * Math.sin(DR * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.sin(DR * (2 * f - mpr)) + 0.0005 * Math.sin(DR * (2 * mpr + m));
        double deltaT; // ephemeris time minus universal time, in days
        if (t < -11) {
            deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
        } else {
            deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
        }
        return jd1 + c1 - deltaT;
    }

    /** JDN of the local civil day that contains the k-th new moon. */
    static long newMoonDay(int k, double timeZone) {
        return (long) Math.floor(newMoon(k) + 0.5 + timeZone / 24);
    }

    /** Apparent sun longitude in radians, normalized to [0, 2π), at Julian date {@code jdn}. */
    static double sunLongitude(double jdn) {
        double t = (jdn - 2451545.0) / 36525; // Julian centuries from J2000
        double t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m);
        dl = dl + (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) + 0.000290 * Math.sin(DR * 3 * m);
        double l = (l0 + dl) * DR;
        return l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
    }

    /**
     * Sector 0..11 of the sun longitude at the start of local day {@code dayNumber}; sector k
     * covers [30k°, 30k+30°). A lunar month containing no change of sector has no major solar
     * term (trung khí) and is the leap month.
     */
    static int sunLongitudeSector(long dayNumber, double timeZone) {
        return (int) Math.floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
    }

    /** JDN of the first day of lunar month 11 (the month holding the winter solstice) of {@code year}. */
    static long lunarMonth11(int year, double timeZone) {
        double off = jdFromDate(31, 12, year) - 2415021;
        int k = (int) Math.floor(off / SYNODIC_MONTH);
        long nm = newMoonDay(k, timeZone);
        if (sunLongitudeSector(nm, timeZone) >= 9) { // after 270°: that is already month 11 of the next year
            nm = newMoonDay(k - 1, timeZone);
        }
        return nm;
    }

    /** Lunation index k of the month starting on JDN {@code monthStart}. */
    static int lunationIndex(long monthStart) {
        return (int) Math.floor((monthStart - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
    }

    /**
     * For a 13-month lunar year starting at month 11 on {@code a11}: the offset (1..13) after
     * a11 of the first month without a major solar term — the leap month.
     */
    static int leapMonthOffset(long a11, double timeZone) {
        int k = lunationIndex(a11);
        int i = 1;
        int arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
        int last;
        do {
            last = arc;
            i++;
            arc = sunLongitudeSector(newMoonDay(k + i, timeZone), timeZone);
        } while (arc != last && i < 14);
        return i - 1;
    }
}
