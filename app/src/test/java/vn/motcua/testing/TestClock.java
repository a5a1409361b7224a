package vn.motcua.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import vn.motcua.calendar.WorkCalendar;

/** A clock a test sets and moves by hand, in Vietnam local time, so deadlines and verdicts are deterministic. */
public final class TestClock extends Clock {
    private volatile Instant now;

    public TestClock(LocalDateTime vietnamTime) {
        this.now = WorkCalendar.toInstant(vietnamTime);
    }

    public TestClock(Instant start) {
        this.now = start;
    }

    public void set(LocalDateTime vietnamTime) {
        now = WorkCalendar.toInstant(vietnamTime);
    }

    public void set(Instant t) {
        now = t;
    }

    public Instant advance(Duration d) {
        now = now.plus(d);
        return now;
    }

    public LocalDateTime local() {
        return WorkCalendar.toLocal(now);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
