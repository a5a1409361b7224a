package vn.motcua.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Statutory holiday rules (quy định ngày nghỉ lễ, Tết) of the Labor Code 2019, art. 112:
 * 1/1; Tết Nguyên đán, 5 days; Giỗ Tổ Hùng Vương (10/3 lunar); 30/4; 1/5; 2/9 plus one
 * adjacent day. The compensation rule of art. 111(3) needs the weekly pattern and is applied
 * by {@link WorkCalendar}.
 *
 * <p>Per-year choices the government makes (the exact Tết days, which day next to 2/9) have
 * defaults here and are normally overridden by the announced {@link CalendarOverlay}. Holidays
 * added by a future law are data too ({@link #withExtraHoliday}), never a code change.
 * Immutable; each {@code with…} returns a new instance with a new {@link #id()}.
 */
public final class HolidayRules {

    /** Default Tết: the eve (last day of lunar month 12) then mùng 1 to mùng 4. */
    public static final int DEFAULT_TET_DAYS_BEFORE_NEW_YEAR = 1;
    public static final int DEFAULT_TET_LENGTH = 5;

    private record ExtraHoliday(MonthDay day, String name, int fromYear) {
    }

    private final String id;
    private final NationalDayAdjacent defaultAdjacent;
    private final Map<Integer, NationalDayAdjacent> adjacentByYear;
    private final List<ExtraHoliday> extras;

    private HolidayRules(String id, NationalDayAdjacent defaultAdjacent,
            Map<Integer, NationalDayAdjacent> adjacentByYear, List<ExtraHoliday> extras) {
        this.id = id;
        this.defaultAdjacent = defaultAdjacent;
        this.adjacentByYear = Map.copyOf(adjacentByYear);
        this.extras = List.copyOf(extras);
    }

    /** The rules in force since 1/1/2021; 1/9 as the default day next to National Day. */
    public static HolidayRules laborCode2019() {
        return new HolidayRules("BLLD2019", NationalDayAdjacent.SEPTEMBER_1, Map.of(), List.of());
    }

    /** Identifier that enters the calendar version; ASCII so it travels safely through files and columns. */
    public String id() {
        return id;
    }

    /** The adjacent National Day holiday for one year. */
    public HolidayRules withNationalDayAdjacent(int year, NationalDayAdjacent which) {
        Map<Integer, NationalDayAdjacent> copy = new HashMap<>(adjacentByYear);
        copy.put(year, which);
        return new HolidayRules(id + "+" + year + ":" + which.in(year).getDayOfMonth() + "/9", defaultAdjacent, copy, extras);
    }

    /** A holiday created by law, on a fixed solar date, from a given year on (e.g. 24/11). */
    public HolidayRules withExtraHoliday(MonthDay day, String name, int fromYear) {
        List<ExtraHoliday> copy = new ArrayList<>(extras);
        copy.add(new ExtraHoliday(day, name, fromYear));
        return new HolidayRules(id + "+" + day.getDayOfMonth() + "/" + day.getMonthValue() + "@" + fromYear,
                defaultAdjacent, adjacentByYear, copy);
    }

    public NationalDayAdjacent nationalDayAdjacent(int year) {
        return adjacentByYear.getOrDefault(year, defaultAdjacent);
    }

    /** The default Tết days of a solar year: lunar year-end eve and mùng 1–4 of that lunar year. */
    public List<Holiday> defaultTet(int year, LunarCalendar lunar) {
        LocalDate newYear = lunar.lunarNewYear(year); // always in late January or February
        List<Holiday> days = new ArrayList<>();
        for (int i = -DEFAULT_TET_DAYS_BEFORE_NEW_YEAR; i < DEFAULT_TET_LENGTH - DEFAULT_TET_DAYS_BEFORE_NEW_YEAR; i++) {
            days.add(new Holiday(newYear.plusDays(i), tetName(i)));
        }
        return days;
    }

    /**
     * The statutory holidays of a solar year, sorted by date.
     *
     * @param tetOverride the announced Tết days, or empty for {@link #defaultTet}
     * @param adjacentOverride the announced day next to 2/9, or null for the rule's setting
     */
    public List<Holiday> holidays(int year, LunarCalendar lunar, List<LocalDate> tetOverride, LocalDate adjacentOverride) {
        List<Holiday> days = new ArrayList<>();
        days.add(new Holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch (1/1)"));
        if (tetOverride.isEmpty()) {
            days.addAll(defaultTet(year, lunar));
        } else {
            LocalDate newYear = lunar.lunarNewYear(year);
            for (LocalDate d : tetOverride) {
                days.add(new Holiday(d, tetName((int) (d.toEpochDay() - newYear.toEpochDay()))));
            }
        }
        lunar.toSolar(10, 3, year, false).ifPresent(d -> days.add(new Holiday(d, "Giỗ Tổ Hùng Vương (10/3 âm lịch)")));
        days.add(new Holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)"));
        days.add(new Holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)"));
        days.add(new Holiday(LocalDate.of(year, 9, 2), "Quốc khánh (2/9)"));
        LocalDate adjacent = adjacentOverride != null ? adjacentOverride : nationalDayAdjacent(year).in(year);
        days.add(new Holiday(adjacent, "Quốc khánh (ngày liền kề " + adjacent.getDayOfMonth() + "/9)"));
        for (ExtraHoliday extra : extras) {
            if (year >= extra.fromYear()) {
                days.add(new Holiday(extra.day().atYear(year), extra.name()));
            }
        }
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }

    private static String tetName(int offsetFromNewYear) {
        if (offsetFromNewYear < 0) {
            return offsetFromNewYear == -1 ? "Tết Nguyên đán (ngày cuối năm âm lịch)" : "Tết Nguyên đán (trước Tết)";
        }
        return "Tết Nguyên đán (mùng " + (offsetFromNewYear + 1) + ")";
    }
}
