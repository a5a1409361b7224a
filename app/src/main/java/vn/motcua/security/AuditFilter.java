package vn.motcua.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;

/**
 * What the chair asks the audit trail: from and to (Vietnam calendar days, both included), who
 * (user name), which action ({@code DOSSIER_VIEW}…), which subject (a dossier code or any
 * subject's UUID). Every part is optional; blanks count as not given.
 */
public record AuditFilter(LocalDate from, LocalDate to, String user, String action, String subject) {
    /** No condition: the whole trail, newest first. */
    public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null);

    public AuditFilter {
        user = blankToNull(user);
        action = blankToNull(action);
        action = action == null ? null : action.toUpperCase(Locale.ROOT).replace(' ', '_');
        subject = blankToNull(subject);
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserFacingException("audit.filter.badRange", from.toString(), to.toString());
        }
    }

    /** The first instant of {@code from} in Vietnam time, or null. */
    Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(WorkCalendar.ZONE).toInstant();
    }

    /** The first instant after {@code to} in Vietnam time, or null. */
    Instant toExclusive() {
        return to == null ? null : to.plusDays(1).atStartOfDay(WorkCalendar.ZONE).toInstant();
    }

    private static String blankToNull(String s) {
        String t = Text.nfcOrNull(s);
        return t == null || t.isBlank() ? null : t.strip();
    }
}
