package vn.motcua.security;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.motcua.calendar.WorkCalendar;

/**
 * When repeated wrong passwords lock an account: after {@link #MAX_FAILURES} in a row, log-ins
 * are refused for {@link #DURATION} (guessing a password then takes months, while a clerk who
 * mistyped waits a quarter of an hour or asks the administrator to unlock).
 */
public final class Lockout {
    /** Failed log-ins in a row that lock the account. */
    public static final int MAX_FAILURES = 5;
    /** How long the account stays locked. */
    public static final Duration DURATION = Duration.ofMinutes(15);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private Lockout() {
    }

    /** The refusal for a locked account: it says so and when to try again (Vietnam time). */
    static vn.motcua.common.UserFacingException refusal(String username, Instant until) {
        return new vn.motcua.common.UserFacingException("user.locked", username, String.valueOf(MAX_FAILURES), text(until));
    }

    /** {@code until} as the office reads it: "08:15 05/03/2026", Vietnam time. */
    public static String text(Instant until) {
        return WHEN.format(until.atZone(WorkCalendar.ZONE));
    }
}
