package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The office's work calendar (lịch làm việc): weekly pattern and office hours, statutory
 * holiday rules with the lunar calendar, and the yearly announced overlays. It answers which
 * days and instants are working time and computes due dates (hạn trả kết quả).
 *
 * <p>Immutable and thread-safe. Each year's day table is built once, on first use, and kept
 * for the life of this version; a change of rules, hours or overlays makes a new instance with
 * a new {@link #version()}, which dossiers record.
 *
 * <h2>Due-date rules</h2>
 * All times are local to {@link #ZONE}. The <em>effective start</em> of a receipt is the
 * receipt itself when it falls inside a session of a working day; the next session's start
 * when received before opening or during the lunch break; the next working day's opening when
 * received after closing or on a non-working day.
 * <ul>
 * <li>{@code WORKING_DAYS} N: the N-th working day after the effective start's date, at the
 * effective start's time of day (27/10/2023 09:32 + 5 → 03/11/2023 09:32; received Saturday →
 * start Monday 07:30 → due at 07:30).</li>
 * <li>{@code WORKING_HOURS} N: N hours of session time from the effective start; a budget that
 * runs out exactly at the end of a session is due at that end (11:30, not 13:30).</li>
 * <li>{@code CALENDAR_DAYS} N: closing time of the effective start's date + N days, or of the
 * next working day when that is a day off (Civil Code 2015 art. 148: a period in days ends at
 * the end of its last day, moved past days off). Keeping the receipt's time of day here would
 * let a larger budget end earlier (a pushed Monday 17:00 against a plain Monday 07:30).</li>
 * <li>{@code SAME_DAY}: effective start strictly before the cut-off → that day at closing;
 * otherwise the next working day at closing.</li>
 * <li>{@code NONE}: no due date.</li>
 * </ul>
 * So every due instant lies inside a session of a working day.
 */
public final class WorkCalendar {

    /** The time zone all deadlines are computed and shown in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    static final int FIRST_YEAR = LunarCalendar.MIN_SOLAR.getYear();
    static final int LAST_YEAR = LunarCalendar.MAX_SOLAR.getYear();

    private final HolidayRules rules;
    private final OfficeHours hours;
    private final LunarCalendar lunar;
    private final Map<Integer, CalendarOverlay> overlays;
    private final String version;
    private final AtomicReferenceArray<YearTable> tables = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);
    private final SessionClock clock;

    private WorkCalendar(HolidayRules rules, OfficeHours hours, Map<Integer, CalendarOverlay> overlays) {
        this.rules = rules;
        this.hours = hours;
        this.lunar = LunarCalendar.vietnam();
        this.overlays = Map.copyOf(overlays);
        StringBuilder v = new StringBuilder(rules.id()).append('|').append(hours.id());
        new TreeMap<>(overlays).forEach((year, o) -> v.append("|overlay ").append(year).append('@').append(o.version()));
        this.version = v.toString();
        this.clock = new SessionClock(hours.sessions());
    }

    /** Labor Code 2019 rules, standard office hours, no announced overlay. */
    public static WorkCalendar standard() {
        return of(HolidayRules.laborCode2019(), OfficeHours.standard(), List.of());
    }

    /**
     * A calendar from its parts.
     *
     * @throws OverlayFormatException when an overlay contradicts the rules (see {@link #withOverlay})
     */
    public static WorkCalendar of(HolidayRules rules, OfficeHours hours, List<CalendarOverlay> overlays) {
        WorkCalendar calendar = new WorkCalendar(rules, hours, Map.of());
        for (CalendarOverlay overlay : overlays) {
            calendar = calendar.withOverlay(overlay);
        }
        return calendar;
    }

    /**
     * This calendar with an announced overlay added, replacing any overlay of the same year.
     * Refused as a whole when the Tết range does not contain mùng 1 Tết of that year, or when a
     * swapped working day falls on a public holiday; this calendar is never changed.
     */
    public WorkCalendar withOverlay(CalendarOverlay overlay) {
        OverlayValidator.validate(overlay, rules, lunar);
        Map<Integer, CalendarOverlay> copy = new TreeMap<>(overlays);
        copy.put(overlay.year(), overlay);
        return new WorkCalendar(rules, hours, copy);
    }

    /** Parses and adds an overlay text (what the administrator imports). */
    public WorkCalendar importOverlay(String overlayText) {
        return withOverlay(OverlayParser.parse(overlayText));
    }

    public WorkCalendar withOfficeHours(OfficeHours newHours) {
        return of(rules, newHours, List.copyOf(overlays.values()));
    }

    public WorkCalendar withRules(HolidayRules newRules) {
        return of(newRules, hours, List.copyOf(overlays.values()));
    }

    /** E.g. "BLLD2019|MON,TUE,WED,THU,FRI 07:30-11:30,13:30-17:00|overlay 2026@2026.1". */
    public String version() {
        return version;
    }

    public OfficeHours officeHours() {
        return hours;
    }

    public HolidayRules rules() {
        return rules;
    }

    public LunarCalendar lunar() {
        return lunar;
    }

    public Optional<CalendarOverlay> overlay(int year) {
        return Optional.ofNullable(overlays.get(year));
    }

    // ---- days ----

    public DayInfo day(LocalDate date) {
        return table(date.getYear()).info(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        YearTable t = table(date.getYear());
        return t.working[(int) (date.toEpochDay() - t.firstEpochDay)];
    }

    /** Inside a session (ends included) of a working day. */
    public boolean isWorkingInstant(LocalDateTime t) {
        return isWorkingDay(t.toLocalDate()) && hours.sessions().stream().anyMatch(s -> s.contains(t.toLocalTime()));
    }

    /** The days of a year that differ from the plain weekly pattern: holidays, days off, worked weekend days. */
    public List<DayInfo> exceptions(int year) {
        List<DayInfo> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            DayInfo info = day(d);
            if (info.kind() != DayKind.WORKING_DAY && info.kind() != DayKind.WEEKLY_REST) {
                days.add(info);
            }
        }
        return days;
    }

    /** Where a year's days off come from: the announced overlay, or the rules alone. */
    public String yearNote(int year) {
        CalendarOverlay overlay = overlays.get(year);
        return overlay != null
                ? "Áp dụng lịch nghỉ công bố năm " + year + " (phiên bản " + overlay.version() + ")."
                : "Không có lịch nghỉ công bố cho năm " + year + ": ngày nghỉ tính theo Bộ luật Lao động 2019 (Điều 111, 112).";
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /** The N-th working day after {@code date} (N ≥ 0; 0 gives {@code date} itself). */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        return LocalDate.ofEpochDay(addWorkingDays(date.toEpochDay(), n));
    }

    /** Working days in (from, to]; negative when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (long ed = from.toEpochDay() + 1; ed <= to.toEpochDay(); ed++) {
            if (isWorkingEpochDay(ed)) {
                count++;
            }
        }
        return count;
    }

    // ---- instants ----

    /** The instant counting starts for a receipt at {@code received} (see the class comment). */
    public LocalDateTime effectiveStart(LocalDateTime received) {
        LocalDateTime sameDay = isWorkingDay(received.toLocalDate()) ? clock.sameDayStart(received) : null;
        return sameDay != null ? sameDay : nextWorkingDay(received.toLocalDate()).atTime(hours.opening());
    }

    /** The instant when {@code amount} of session time has elapsed from the effective start of {@code from}. */
    public LocalDateTime addWorkingTime(LocalDateTime from, Duration amount) {
        return clock.add(effectiveStart(from), amount, this::isWorkingEpochDay);
    }

    /** Session time between two instants; negative when {@code to} is before {@code from}. */
    public Duration workingTimeBetween(LocalDateTime from, LocalDateTime to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        return clock.between(from, to, this::isWorkingEpochDay);
    }

    /** The due instant for a receipt at local time {@code received}; empty for {@code NONE}. */
    public Optional<LocalDateTime> due(LocalDateTime received, TimeBudget budget) {
        if (budget.kind() == BudgetKind.NONE) {
            return Optional.empty();
        }
        LocalDateTime start = effectiveStart(received);
        return Optional.of(switch (budget.kind()) {
            case WORKING_DAYS -> addWorkingDays(start.toLocalDate(), budget.amount()).atTime(start.toLocalTime());
            case WORKING_HOURS -> addWorkingTime(start, Duration.ofHours(budget.amount()));
            case CALENDAR_DAYS -> calendarDayDue(start.toLocalDate().plusDays(budget.amount()));
            case SAME_DAY -> (start.toLocalTime().isBefore(budget.cutoff()) ? start.toLocalDate() : nextWorkingDay(start.toLocalDate()))
                    .atTime(hours.closing());
            case NONE -> throw new AssertionError();
        });
    }

    /** {@link #due(LocalDateTime, TimeBudget)} for instants. */
    public Optional<Instant> due(Instant received, TimeBudget budget) {
        return due(toLocal(received), budget).map(WorkCalendar::toInstant);
    }

    /** Why the due date is what it is, in Vietnamese, one sentence per line. */
    public List<String> explainDue(LocalDateTime received, TimeBudget budget) {
        return DueExplainer.explain(this, received, budget);
    }

    public static LocalDateTime toLocal(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZONE);
    }

    public static Instant toInstant(LocalDateTime local) {
        return local.atZone(ZONE).toInstant();
    }

    /** {@code date} if it is a working day, else the next working day. */
    public LocalDate onOrAfterWorkingDay(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * The due instant of a period counted in calendar days whose last day is {@code lastDay}:
     * the end of that day, or of the next working day when it is a day off (Civil Code 2015
     * art. 148), "end" being the office's closing time.
     */
    LocalDateTime calendarDayDue(LocalDate lastDay) {
        return onOrAfterWorkingDay(lastDay).atTime(hours.closing());
    }

    // ---- tables ----

    private long addWorkingDays(long ed, int n) {
        YearTable t = table(LocalDate.ofEpochDay(ed).getYear());
        while (n > 0) {
            ed++;
            if (ed >= t.endEpochDay) {
                t = table(t.year + 1);
            }
            if (t.working[(int) (ed - t.firstEpochDay)]) {
                n--;
            }
        }
        return ed;
    }

    private boolean isWorkingEpochDay(long ed) {
        return isWorkingDay(LocalDate.ofEpochDay(ed));
    }

    YearTable table(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("Year " + year + " is outside the calendar's range " + FIRST_YEAR + "–" + LAST_YEAR + ".");
        }
        YearTable t = tables.get(year - FIRST_YEAR);
        if (t == null) { // a race builds the same immutable table twice; harmless
            t = YearTable.build(year, rules, lunar, hours, overlays.get(year));
            tables.compareAndSet(year - FIRST_YEAR, null, t);
        }
        return t;
    }
}
