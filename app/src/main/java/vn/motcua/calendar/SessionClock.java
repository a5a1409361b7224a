package vn.motcua.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.LongPredicate;

/**
 * Arithmetic on session time (giờ hành chính) within and across days, on nanoseconds of day so
 * that hour budgets stay allocation-free in the loop. Which days are working days is asked of
 * the caller (by epoch day), so this knows nothing about holidays.
 */
final class SessionClock {

    private final long[] starts;
    private final long[] ends;

    SessionClock(List<OfficeSession> sessions) {
        this.starts = sessions.stream().mapToLong(s -> s.start().toNanoOfDay()).toArray();
        this.ends = sessions.stream().mapToLong(s -> s.end().toNanoOfDay()).toArray();
    }

    /**
     * On a working day: {@code t} itself inside a session (ends included), the next session's
     * start before opening or at lunch; null after closing.
     */
    LocalDateTime sameDayStart(LocalDateTime t) {
        long time = t.toLocalTime().toNanoOfDay();
        for (int i = 0; i < starts.length; i++) {
            if (time < starts[i]) {
                return t.toLocalDate().atTime(LocalTime.ofNanoOfDay(starts[i]));
            }
            if (time <= ends[i]) {
                return t;
            }
        }
        return null;
    }

    /** {@code start} (inside a session) plus {@code amount} of session time; ends at a session end rather than the next start. */
    LocalDateTime add(LocalDateTime start, Duration amount, LongPredicate workingEpochDay) {
        long remaining = amount.toNanos();
        if (remaining <= 0) {
            return start;
        }
        long day = start.toLocalDate().toEpochDay();
        long cur = start.toLocalTime().toNanoOfDay();
        while (true) {
            if (workingEpochDay.test(day)) {
                for (int i = 0; i < starts.length; i++) {
                    long from = Math.max(starts[i], cur);
                    long available = ends[i] - from;
                    if (available > 0) {
                        if (remaining <= available) {
                            return LocalDate.ofEpochDay(day).atTime(LocalTime.ofNanoOfDay(from + remaining));
                        }
                        remaining -= available;
                    }
                }
            }
            day++;
            cur = 0;
        }
    }

    /** Session time in [from, to] on working days; {@code from} must not be after {@code to}. */
    Duration between(LocalDateTime from, LocalDateTime to, LongPredicate workingEpochDay) {
        long total = 0;
        long first = from.toLocalDate().toEpochDay();
        long last = to.toLocalDate().toEpochDay();
        for (long day = first; day <= last; day++) {
            if (!workingEpochDay.test(day)) {
                continue;
            }
            long lower = day == first ? from.toLocalTime().toNanoOfDay() : 0;
            long upper = day == last ? to.toLocalTime().toNanoOfDay() : Long.MAX_VALUE;
            for (int i = 0; i < starts.length; i++) {
                long overlap = Math.min(ends[i], upper) - Math.max(starts[i], lower);
                if (overlap > 0) {
                    total += overlap;
                }
            }
        }
        return Duration.ofNanos(total);
    }
}
