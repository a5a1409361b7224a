package vn.motcua.cli;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;

/** Parsing and printing of dates and times for the calendar commands. */
final class CalendarText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private CalendarText() {
    }

    /** "17/02/2007", as Vietnamese documents write dates. */
    static String date(LocalDate d) {
        return DATE.format(d);
    }

    /** "09:32". */
    static String time(LocalDateTime t) {
        return String.format("%02d:%02d", t.getHour(), t.getMinute());
    }

    /** An instant as local time in Asia/Ho_Chi_Minh, "27/10/2023 09:32". */
    static String local(java.time.Instant instant) {
        LocalDateTime t = LocalDateTime.ofInstant(instant, vn.motcua.calendar.WorkCalendar.ZONE);
        return date(t.toLocalDate()) + " " + time(t);
    }

    /** ISO local date-time to the minute, e.g. "2023-11-03T09:32" (the JSON form). */
    static String minutes(LocalDateTime t) {
        return MINUTES.format(t);
    }

    /** The weekday in the office's language, e.g. "thứ Bảy". */
    static String weekday(Messages messages, LocalDate d) {
        return messages.get(weekdayKey(d.getDayOfWeek()));
    }

    static String weekdayKey(DayOfWeek day) {
        return "weekday." + day.name().toLowerCase(Locale.ROOT);
    }

    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "calendar.badDate", text);
        }
    }

    /** A local date-time such as 2023-10-27T09:32 (seconds are dropped), or a sentence naming the option. */
    static LocalDateTime parseDateTime(String option, String text) {
        try {
            return LocalDateTime.parse(text.strip()).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "deadline.badDateTime", option, text);
        }
    }

    static LocalTime parseTime(String option, String text) {
        try {
            return LocalTime.parse(text.strip()).truncatedTo(ChronoUnit.MINUTES);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "deadline.badTime", option, text);
        }
    }
}
