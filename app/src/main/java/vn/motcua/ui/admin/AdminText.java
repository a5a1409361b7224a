package vn.motcua.ui.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.motcua.calendar.WorkCalendar;

/** How the administration screens write money, instants and blanks. */
final class AdminText {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AdminText() {
    }

    /** "1.234.567": whole đồng with dots between thousands, as Vietnamese documents write it. */
    static String money(long dong) {
        String digits = Long.toString(Math.abs(dong));
        StringBuilder out = new StringBuilder(dong < 0 ? "-" : "");
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** An instant in Vietnam time; empty when unknown. */
    static String instant(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(WorkCalendar.ZONE));
    }

    /** A typed value, trimmed; {@code null} when blank (the service then leaves it unchanged). */
    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
