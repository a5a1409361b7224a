package vn.motcua.reports.index766;

import java.time.Instant;
import java.time.LocalDate;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;

/**
 * A report period of whole days in Vietnam time, as the instants the database compares with:
 * from {@code from} 00:00 (inclusive) to the day after {@code to} 00:00 (exclusive).
 */
record Period(LocalDate from, LocalDate to) {
    Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("a period has both ends");
        }
        if (from.isAfter(to)) {
            throw new UserFacingException("index766.badPeriod", from.toString(), to.toString());
        }
    }

    Instant start() {
        return startOf(from);
    }

    Instant end() {
        return startOf(to.plusDays(1));
    }

    /** The first instant of {@code day} in Vietnam. */
    static Instant startOf(LocalDate day) {
        return WorkCalendar.toInstant(day.atStartOfDay());
    }
}
