package vn.motcua.calendar;

import java.time.LocalTime;

/** A period the office is open within a day (buổi làm việc), e.g. the morning 07:30–11:30. */
public record OfficeSession(LocalTime start, LocalTime end) {

    public OfficeSession {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A session must end after it starts: " + start + "–" + end + ".");
        }
    }

    public static OfficeSession of(String start, String end) {
        return new OfficeSession(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** True when {@code t} lies in [start, end]: the closing minute itself still belongs to the session. */
    public boolean contains(LocalTime t) {
        return !t.isBefore(start) && !t.isAfter(end);
    }

    @Override
    public String toString() {
        return start + "–" + end;
    }
}
