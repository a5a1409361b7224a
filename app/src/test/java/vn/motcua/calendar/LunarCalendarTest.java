package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LunarCalendarTest {

    private final LunarCalendar vn = LunarCalendar.vietnam();

    /**
     * Mùng 1 Tết 1990–2050 as printed in Vietnamese almanacs and in Hồ Ngọc Đức's published
     * tables (which agree with the Chinese New Year except in 2007 and 2030 in this range).
     */
    private static final String[] TET_1990_2050 = {
        "1990-01-27", "1991-02-15", "1992-02-04", "1993-01-23", "1994-02-10", "1995-01-31",
        "1996-02-19", "1997-02-07", "1998-01-28", "1999-02-16", "2000-02-05", "2001-01-24",
        "2002-02-12", "2003-02-01", "2004-01-22", "2005-02-09", "2006-01-29", "2007-02-17",
        "2008-02-07", "2009-01-26", "2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10",
        "2014-01-31", "2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
        "2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10", "2025-01-29",
        "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13", "2030-02-02", "2031-01-23",
        "2032-02-11", "2033-01-31", "2034-02-19", "2035-02-08", "2036-01-28", "2037-02-15",
        "2038-02-04", "2039-01-24", "2040-02-12", "2041-02-01", "2042-01-22", "2043-02-10",
        "2044-01-30", "2045-02-17", "2046-02-06", "2047-01-26", "2048-02-14", "2049-02-02",
        "2050-01-23",
    };

    @Test
    void tetDatesFrom1990To2050MatchPublishedTables() {
        for (int year = 1990; year <= 2050; year++) {
            LocalDate expected = LocalDate.parse(TET_1990_2050[year - 1990]);
            assertThat(vn.lunarNewYear(year)).as("Tết %d", year).isEqualTo(expected);
            assertThat(vn.toLunar(expected)).isEqualTo(LunarDate.of(1, 1, year));
            // the eve (giao thừa day) is the last day of month 12, 29 or 30
            LunarDate eve = vn.toLunar(expected.minusDays(1));
            assertThat(eve.month()).isEqualTo(12);
            assertThat(eve.year()).isEqualTo(year - 1);
            assertThat(eve.day()).isBetween(29, 30);
        }
    }

    /** Giỗ Tổ Hùng Vương (10/3 âm lịch) as announced in the yearly holiday schedules. */
    @ParameterizedTest
    @CsvSource({
        "2004, 2004-04-28", "2005, 2005-04-18", "2006, 2006-04-07", "2007, 2007-04-26",
        "2008, 2008-04-15", "2009, 2009-04-04", "2010, 2010-04-23", "2011, 2011-04-12",
        "2012, 2012-03-31", "2013, 2013-04-19", "2014, 2014-04-09", "2015, 2015-04-28",
        "2016, 2016-04-16", "2017, 2017-04-06", "2018, 2018-04-25", "2019, 2019-04-14",
        "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29",
        "2024, 2024-04-18", "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16",
        "2028, 2028-04-04", "2029, 2029-04-23", "2030, 2030-04-12",
    })
    void hungKingsDay(int year, LocalDate expected) {
        assertThat(vn.toSolar(10, 3, year, false)).contains(expected);
        assertThat(vn.toLunar(expected)).isEqualTo(LunarDate.of(10, 3, year));
    }

    @ParameterizedTest
    @CsvSource({
        "1990, 5", "1993, 3", "1995, 8", "1998, 5", "2001, 4", "2004, 2", "2006, 7", "2009, 5",
        "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2", "2025, 6", "2028, 5", "2031, 3",
        "2033, 11", "2036, 6", "2039, 5", "2042, 2", "2044, 7", "2047, 5", "2050, 3",
        "2024, 0", "2026, 0", "2027, 0",
    })
    void leapMonths(int year, int leapMonth) {
        assertThat(vn.leapMonth(year)).isEqualTo(leapMonth);
        if (leapMonth > 0) {
            LocalDate leapStart = vn.toSolar(1, leapMonth, year, true).orElseThrow();
            assertThat(vn.toLunar(leapStart)).isEqualTo(new LunarDate(1, leapMonth, year, true));
            // the leap month follows the ordinary month of the same number
            assertThat(vn.toLunar(leapStart.minusDays(1)).month()).isEqualTo(leapMonth);
            assertThat(vn.toLunar(leapStart.minusDays(1)).leap()).isFalse();
        }
    }

    @Test
    void knownLeapMonthSamples() {
        // 2020: leap 4th month began 23/5/2020; 2023: leap 2nd month began 22/3/2023
        assertThat(vn.toLunar(LocalDate.of(2020, 5, 23))).isEqualTo(new LunarDate(1, 4, 2020, true));
        assertThat(vn.toLunar(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(1, 2, 2023, true));
        // 2025: leap 6th month began 25/7/2025
        assertThat(vn.toLunar(LocalDate.of(2025, 7, 25))).isEqualTo(new LunarDate(1, 6, 2025, true));
    }

    @Test
    void vietnamDiffersFromChinaWhereTheNewMoonCrossesMidnightBetweenUtc7AndUtc8() {
        LunarCalendar cn = LunarCalendar.forTimeZone(8.0);
        assertThat(vn.lunarNewYear(1985)).isEqualTo("1985-01-21");
        assertThat(cn.lunarNewYear(1985)).isEqualTo("1985-02-20");
        assertThat(vn.lunarNewYear(2007)).isEqualTo("2007-02-17");
        assertThat(cn.lunarNewYear(2007)).isEqualTo("2007-02-18");
        assertThat(vn.lunarNewYear(2030)).isEqualTo("2030-02-02");
        assertThat(cn.lunarNewYear(2030)).isEqualTo("2030-02-03");
        // 1984/85: the Chinese calendar has a leap 10th month in 1984, the Vietnamese none
        assertThat(cn.leapMonth(1984)).isEqualTo(10);
        assertThat(vn.leapMonth(1984)).isZero();
    }

    @Test
    void nonexistentLunarDatesAreRefusedWithAReason() {
        assertThat(vn.toSolar(1, 3, 2024, true)).isEmpty(); // 2024 has no leap month
        assertThat(vn.toSolar(1, 3, 2023, true)).isEmpty(); // 2023's leap month is the 2nd
        assertThatThrownBy(() -> vn.toSolarExact(new LunarDate(1, 3, 2023, true)))
                .isInstanceOf(NonexistentLunarDateException.class)
                .hasMessage("Lunar year 2023 has its leap month after month 2, not 3.");
        // find a 29-day month and ask for its 30th day
        int month = 1;
        while (vn.monthLength(2026, month, false) != 29) {
            month++;
        }
        int shortMonth = month;
        assertThat(vn.toSolar(30, shortMonth, 2026, false)).isEmpty();
        assertThatThrownBy(() -> vn.toSolarExact(new LunarDate(30, shortMonth, 2026, false)))
                .hasMessageContaining("has only 29 days");
        assertThatThrownBy(() -> LunarDate.of(31, 1, 2026)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vn.toLunar(LocalDate.of(2200, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyDayFrom1900To2199RoundTripsAndAgreesWithTheDirectAlgorithm() {
        LocalDate day = LocalDate.of(1900, 1, 31);
        assertThat(vn.toLunar(day)).isEqualTo(LunarDate.of(1, 1, 1900));
        LunarDate previous = vn.toLunar(day.minusDays(1));
        int checked = 0;
        List<LocalDate> dayZero = new ArrayList<>();
        for (; !day.isAfter(LunarCalendar.MAX_SOLAR); day = day.plusDays(1)) {
            LunarDate lunar = vn.toLunar(day);
            assertThat(vn.toSolar(lunar)).as("%s -> %s", day, lunar).contains(day);
            // consecutive days: the next lunar day, or day 1 of the next month
            if (lunar.day() != 1) {
                assertThat(lunar.day()).isEqualTo(previous.day() + 1);
            }
            { // every day: the day-by-day reference is slower but still well under a second
                int[] direct = DirectHoNgocDuc.solarToLunar(day.getDayOfMonth(), day.getMonthValue(), day.getYear(), 7.0);
                if (direct[0] < 1) {
                    // the day-by-day code guesses the lunation from the mean month and, on two days
                    // in three centuries, lands one new moon too late ("day 0"); the table does not
                    dayZero.add(day);
                    assertThat(lunar.day()).isEqualTo(30);
                    assertThat(vn.toLunar(day.plusDays(1)).day()).isEqualTo(1);
                } else {
                    assertThat(new LunarDate(direct[0], direct[1], direct[2], direct[3] == 1)).as("%s", day).isEqualTo(lunar);
                }
            }
            previous = lunar;
            checked++;
        }
        assertThat(checked).isGreaterThan(109_000);
        assertThat(dayZero).containsExactly(LocalDate.of(2054, 5, 7), LocalDate.of(2062, 4, 9));
    }
}
