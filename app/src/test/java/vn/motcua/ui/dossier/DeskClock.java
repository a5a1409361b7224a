package vn.motcua.ui.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import vn.motcua.calendar.WorkCalendar;

/** The office's clock in these tests: set by hand to Vietnam wall-clock times between actions. */
final class DeskClock extends Clock {
    private volatile Instant now;

    DeskClock(LocalDateTime vietnam) {
        set(vietnam);
    }

    void set(LocalDateTime vietnam) {
        now = WorkCalendar.toInstant(vietnam);
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
