package vn.motcua.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;

/**
 * A reporting period: Vietnam days {@code from} to {@code to}, both included. Its instants run
 * from {@code from} at 00:00 to the day after {@code to} at 00:00, Asia/Ho_Chi_Minh.
 *
 * @param kind what the period is named by on the official report (a month, a quarter, a year, or any range)
 */
public record Period(LocalDate from, LocalDate to, Kind kind) {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[Qq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /** How the period was given. */
    public enum Kind { MONTH, QUARTER, YEAR, RANGE }

    public Period {
        if (from == null || to == null) {
            throw new UserFacingException("reports.period.missing");
        }
        if (from.isAfter(to)) {
            throw new UserFacingException("reports.period.order", from.toString(), to.toString());
        }
    }

    /** Any range of days; refused when {@code from} is after {@code to}. */
    public static Period of(LocalDate from, LocalDate to) {
        return new Period(from, to, Kind.RANGE);
    }

    /** The periodic report's periods: {@code 2026-03} (a month), {@code 2026-Q1} (a quarter), {@code 2026} (a year). */
    public static Period parse(String text) {
        String t = text == null ? "" : text.strip();
        try {
            Matcher m = MONTH.matcher(t);
            if (m.matches()) {
                YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                return new Period(ym.atDay(1), ym.atEndOfMonth(), Kind.MONTH);
            }
            m = QUARTER.matcher(t);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                int q = Integer.parseInt(m.group(2));
                LocalDate first = LocalDate.of(year, 3 * q - 2, 1);
                return new Period(first, first.plusMonths(3).minusDays(1), Kind.QUARTER);
            }
            if (YEAR.matcher(t).matches()) {
                int year = Integer.parseInt(t);
                return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Kind.YEAR);
            }
        } catch (java.time.DateTimeException e) {
            throw new UserFacingException(e, "reports.period.bad", t);
        }
        throw new UserFacingException("reports.period.bad", t);
    }

    /** A day given as yyyy-MM-dd, refused with the option's name otherwise. */
    public static LocalDate day(String text, String option) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "reports.period.badDay", option, String.valueOf(text));
        }
    }

    /** The first instant of the period. */
    public Instant start() {
        return WorkCalendar.toInstant(from.atStartOfDay());
    }

    /** The first instant after the period. */
    public Instant end() {
        return WorkCalendar.toInstant(to.plusDays(1).atStartOfDay());
    }

    /** Its name on the official report: "Tháng 3 năm 2026", "Quý I năm 2026", "Năm 2026", "Từ ngày … đến ngày …". */
    public String title() {
        return switch (kind) {
            case MONTH -> "Tháng " + from.getMonthValue() + " năm " + from.getYear();
            case QUARTER -> "Quý " + new String[] {"I", "II", "III", "IV"}[(from.getMonthValue() - 1) / 3] + " năm " + from.getYear();
            case YEAR -> "Năm " + from.getYear();
            case RANGE -> "Từ ngày " + vn(from) + " đến ngày " + vn(to);
        };
    }

    /** dd/MM/yyyy, as Vietnamese documents write a day. */
    static String vn(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
}
