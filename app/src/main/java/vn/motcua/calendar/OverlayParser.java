package vn.motcua.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text format of an announced yearly overlay (lịch nghỉ công bố). Pure: the caller
 * reads the file or the administrator's input; this only turns text into a
 * {@link CalendarOverlay} or refuses it whole with an {@link OverlayFormatException}.
 *
 * <pre>
 * # comment lines and blank lines are ignored; a '#' after the data starts a comment only
 * # when it is the first character of the line
 * overlay 2026 version 2026.1                       ← header, first data line, exactly once
 * 2026-02-16..2026-02-20 tet Tết Nguyên đán Bính Ngọ ← DATE or DATE..DATE, action, reason
 * 2026-09-01 national-day Quốc khánh (ngày liền kề)
 * 2026-01-02 off Nghỉ Tết Dương lịch (hoán đổi với thứ Bảy 10/01/2026)
 * 2026-01-10 work Làm bù cho thứ Sáu 02/01/2026
 * </pre>
 *
 * Actions: {@code off} (a weekday off, reason required), {@code work} (a Saturday or Sunday
 * worked, reason required), {@code tet} (the statutory Tết days of the year, at most 9
 * consecutive days, replacing the default rule), {@code national-day} (1/9 or 3/9). Every date
 * lies in the header's year and appears once.
 */
public final class OverlayParser {

    private static final Pattern HEADER = Pattern.compile("overlay\\s+(\\d{4})\\s+version\\s+([A-Za-z0-9._-]+)");
    private static final Pattern ENTRY = Pattern.compile("(\\S+?)(?:\\.\\.(\\S+))?\\s+(\\S+)(?:\\s+(.*))?");
    private static final int MAX_TET_DAYS = 9;

    private OverlayParser() {
    }

    /** Parses a whole overlay text, or throws naming the first bad line. */
    public static CalendarOverlay parse(String text) {
        String[] lines = text.split("\\R", -1);
        Integer year = null;
        String version = null;
        List<OverlayEntry> entries = new ArrayList<>();
        Map<LocalDate, Integer> lineOfDate = new HashMap<>();
        int tetLine = 0;
        int nationalDayLine = 0;
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip(); // a byte-order mark from Windows editors
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (year == null) {
                Matcher header = HEADER.matcher(line);
                if (!header.matches()) {
                    throw new OverlayFormatException(lineNo, "expected the header 'overlay YEAR version VERSION', found '" + line + "'");
                }
                year = Integer.parseInt(header.group(1));
                version = header.group(2);
                continue;
            }
            if (HEADER.matcher(line).matches()) {
                throw new OverlayFormatException(lineNo, "a second header; one overlay file holds one year");
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) {
                throw new OverlayFormatException(lineNo, "expected 'DATE ACTION REASON', found '" + line + "'");
            }
            LocalDate first = date(m.group(1), lineNo);
            LocalDate last = m.group(2) == null ? first : date(m.group(2), lineNo);
            OverlayAction action = OverlayAction.ofKeyword(m.group(3));
            String reason = m.group(4) == null ? "" : m.group(4).strip();
            if (action == null) {
                throw new OverlayFormatException(lineNo, "unknown action '" + m.group(3) + "'; use off, work, tet or national-day");
            }
            if (last.isBefore(first)) {
                throw new OverlayFormatException(lineNo, "the range ends before it starts");
            }
            if (action == OverlayAction.TET) {
                if (tetLine != 0) {
                    throw new OverlayFormatException(lineNo, "Tết is already given on line " + tetLine + "; give it as one range");
                }
                if (last.toEpochDay() - first.toEpochDay() + 1 > MAX_TET_DAYS) {
                    throw new OverlayFormatException(lineNo, "a Tết break of more than " + MAX_TET_DAYS + " days is not plausible");
                }
                tetLine = lineNo;
            }
            if (action == OverlayAction.NATIONAL_DAY) {
                if (nationalDayLine != 0 || !last.equals(first)) {
                    throw new OverlayFormatException(lineNo, "only one day next to National Day can be given"
                            + (nationalDayLine != 0 ? " (already on line " + nationalDayLine + ")" : ""));
                }
                nationalDayLine = lineNo;
            }
            if ((action == OverlayAction.OFF || action == OverlayAction.WORK) && reason.isEmpty()) {
                throw new OverlayFormatException(lineNo, "give the reason of the change after '" + action.keyword() + "'");
            }
            for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                check(d, action, year, lineNo, lineOfDate);
                lineOfDate.put(d, lineNo);
                entries.add(new OverlayEntry(lineNo, d, action, reason.isEmpty() ? defaultReason(action) : reason));
            }
        }
        if (year == null) {
            throw new OverlayFormatException(Math.max(1, lines.length), "the overlay is empty: no header 'overlay YEAR version VERSION'");
        }
        return new CalendarOverlay(year, version, entries);
    }

    private static void check(LocalDate d, OverlayAction action, int year, int lineNo, Map<LocalDate, Integer> lineOfDate) {
        if (d.getYear() != year) {
            throw new OverlayFormatException(lineNo, d + " is outside the overlay year " + year);
        }
        Integer previous = lineOfDate.get(d);
        if (previous != null) {
            throw new OverlayFormatException(lineNo, "duplicate date " + d + " (already on line " + previous + ")");
        }
        boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
        switch (action) {
            case WORK -> {
                if (!weekend) {
                    throw new OverlayFormatException(lineNo, d + " is a " + englishDay(d) + ", already a working day; a swapped working day must be a Saturday or Sunday");
                }
            }
            case OFF -> {
                if (weekend) {
                    throw new OverlayFormatException(lineNo, d + " is a " + englishDay(d) + ", already a weekly rest day");
                }
            }
            case NATIONAL_DAY -> {
                if (d.getMonthValue() != 9 || (d.getDayOfMonth() != 1 && d.getDayOfMonth() != 3)) {
                    throw new OverlayFormatException(lineNo, "the day next to National Day is 1/9 or 3/9, not " + d);
                }
            }
            case TET -> {
                // plausibility against the lunar calendar is checked when the overlay is applied
            }
        }
    }

    private static LocalDate date(String text, int lineNo) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new OverlayFormatException(lineNo, "'" + text + "' is not a valid date (YYYY-MM-DD)");
        }
    }

    private static String englishDay(LocalDate d) {
        String name = d.getDayOfWeek().name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String defaultReason(OverlayAction action) {
        return action == OverlayAction.TET ? "Tết Nguyên đán" : "Quốc khánh (ngày liền kề)";
    }
}
