package vn.motcua.fees;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and amounts as Vietnamese banks write them in exports: "14/03/2025", "14-03-2025
 * 10:22:31", "2025-03-14"; "1.000.000", "1,000,000", "200000", "1.000.000,00", "+500,000 VND".
 */
final class StatementValues {
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4}|\\d{2})(?:[ T].*)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[/.-](\\d{1,2})[/.-](\\d{1,2})(?:[ T].*)?");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:X\\d{3})*");

    private StatementValues() {
    }

    /** The date, or {@code null} when the text is not one. */
    static LocalDate date(String text) {
        String s = text.strip();
        try {
            Matcher m = YEAR_FIRST.matcher(s);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(3));
                return LocalDate.of(year < 100 ? 2000 + year : year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null; // 31/02 and the like
        }
        return null;
    }

    /** Whole đồng, or empty when the text is not an amount (or has a non-zero fraction). */
    static OptionalLong amount(String text) {
        String s = text.strip().replace("\u00A0", "").replace(" ", "");
        s = s.replaceAll("(?i)(vnd|vnđ|đồng|đ|₫)$", "").replaceAll("(?i)^(vnd|vnđ|₫)", "");
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        if (s.isEmpty() || !s.matches("[0-9.,]+") || !Character.isDigit(s.charAt(0))) {
            return OptionalLong.empty();
        }
        String whole = s;
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        int last = Math.max(lastDot, lastComma);
        if (last >= 0) {
            char sep = s.charAt(last);
            boolean both = lastDot >= 0 && lastComma >= 0;
            boolean once = s.indexOf(sep) == last;
            int after = s.length() - last - 1;
            boolean decimal = (both || once) && after >= 1 && after <= 2;
            if (decimal) {
                if (!s.substring(last + 1).chars().allMatch(c -> c == '0')) {
                    return OptionalLong.empty(); // đồng have no fractions
                }
                whole = s.substring(0, last);
            }
            char group = decimal ? (sep == '.' ? ',' : '.') : sep;
            if (whole.indexOf(group == '.' ? ',' : '.') >= 0) {
                return OptionalLong.empty(); // a third kind of separator use: "1,000.000,00"
            }
            if (whole.indexOf(group) >= 0 && !GROUPED.matcher(whole.replace(group, 'X')).matches()) {
                return OptionalLong.empty();
            }
            whole = whole.replace(String.valueOf(group), "");
        }
        if (whole.length() > 15) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(whole);
        return OptionalLong.of(negative ? -value : value);
    }
}
