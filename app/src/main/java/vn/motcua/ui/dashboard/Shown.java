package vn.motcua.ui.dashboard;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Language;
import vn.motcua.reports.Period;
import vn.motcua.ui.I18n;

/** How the dashboard writes its numbers: "85,7 %" and "72,5" in Vietnamese, "85.7 %" in English. */
final class Shown {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("dd/MM");

    private Shown() {
    }

    private static DecimalFormat oneDecimal(I18n i18n) {
        Locale locale = i18n.language() == Language.VI ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
        DecimalFormat f = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(locale));
        return f;
    }

    /** A rate (0.857) as "85,7 %"; "—" when nothing was judged. */
    static String rate(I18n i18n, Double rate) {
        return rate == null ? "—" : oneDecimal(i18n).format(rate * 100) + " %";
    }

    /** Points with one decimal. */
    static String points(I18n i18n, double points) {
        return oneDecimal(i18n).format(points);
    }

    static String count(long n) {
        return String.valueOf(n);
    }

    static String day(Instant at) {
        return at == null ? "" : WorkCalendar.toLocal(at).toLocalDate().format(DAY);
    }

    static String day(java.time.LocalDate d) {
        return d.format(DAY);
    }

    static String shortDay(java.time.LocalDate d) {
        return d.format(SHORT_DAY);
    }

    /** "Tháng 11/2026", "Quý IV/2026", "Năm 2026", or a range of days. */
    static String period(I18n i18n, Period p) {
        return switch (p.kind()) {
            case MONTH -> i18n.t("dashboard.period.month", String.valueOf(p.from().getMonthValue()), String.valueOf(p.from().getYear()));
            case QUARTER -> i18n.t("dashboard.period.quarter", new String[] {"I", "II", "III", "IV"}[(p.from().getMonthValue() - 1) / 3],
                    String.valueOf(p.from().getYear()));
            case YEAR -> i18n.t("dashboard.period.year", String.valueOf(p.from().getYear()));
            case RANGE -> i18n.t("dashboard.period.range", day(p.from()), day(p.to()));
        };
    }
}
