package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Office hours set by the province (giờ làm việc): the weekly working days and the sessions
 * of a working day, separated by the lunch break.
 *
 * <p>Saturday-morning reception (tiếp nhận sáng thứ Bảy) only lets the desk take dossiers;
 * it is not working time, so a dossier received then starts counting at the next working
 * day's opening, like any receipt on a non-working day.
 *
 * @param workingDays the weekly pattern, Monday–Friday by default
 * @param sessions sessions of a working day, in order, not overlapping
 * @param saturdayReception the Saturday reception session, if the office has one
 */
public record OfficeHours(Set<DayOfWeek> workingDays, List<OfficeSession> sessions, Optional<OfficeSession> saturdayReception) {

    public OfficeHours {
        if (workingDays.isEmpty() || sessions.isEmpty()) {
            throw new IllegalArgumentException("Office hours need at least one working day and one session.");
        }
        workingDays = Set.copyOf(EnumSet.copyOf(workingDays));
        sessions = List.copyOf(sessions);
        for (int i = 1; i < sessions.size(); i++) {
            if (sessions.get(i).start().isBefore(sessions.get(i - 1).end())) {
                throw new IllegalArgumentException("Sessions must be in order and not overlap: " + sessions + ".");
            }
        }
    }

    /** Monday–Friday, 07:30–11:30 and 13:30–17:00, no Saturday reception. */
    public static OfficeHours standard() {
        return new OfficeHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(OfficeSession.of("07:30", "11:30"), OfficeSession.of("13:30", "17:00")), Optional.empty());
    }

    /** Monday–Friday with the given morning and afternoon sessions. */
    public static OfficeHours weekdays(OfficeSession morning, OfficeSession afternoon) {
        return new OfficeHours(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), List.of(morning, afternoon), Optional.empty());
    }

    public OfficeHours withSaturdayReception(OfficeSession session) {
        return new OfficeHours(workingDays, sessions, Optional.of(session));
    }

    public boolean isWorkingWeekday(DayOfWeek day) {
        return workingDays.contains(day);
    }

    /** Start of the first session. */
    public LocalTime opening() {
        return sessions.get(0).start();
    }

    /** End of the last session. */
    public LocalTime closing() {
        return sessions.get(sessions.size() - 1).end();
    }

    /** Compact description that enters the calendar version, e.g. "MON-FRI 07:30-11:30,13:30-17:00". */
    public String id() {
        String days = workingDays.stream().sorted().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
        String times = sessions.stream().map(s -> s.start() + "-" + s.end()).collect(Collectors.joining(","));
        return days + " " + times + saturdayReception.map(s -> " SAT " + s.start() + "-" + s.end()).orElse("");
    }
}
