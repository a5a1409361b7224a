package vn.motcua.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The deadline ledger of one dossier (sổ theo dõi thời hạn): time budget, receipt, pause
 * policy, the events that moved the deadline (supplement requested / received, extensions,
 * calendar changes) and the work calendar version in force. From it derive the current due
 * instant, the remaining working time, the verdict, and one Vietnamese explanation per change.
 *
 * <p>Append-only and immutable: every operation returns a new ledger with one more event and
 * one more {@link DueChange} line holding the old and the new due date; nothing is rewritten.
 * Times are local to {@link WorkCalendar#ZONE}; events must come in time order.
 *
 * <p><b>The one on-time rule: dates, not instants.</b> A dossier finished on a calendar day
 * (in Asia/Ho_Chi_Minh) before the due day is {@link Verdict#EARLY}, on the due day
 * {@link Verdict#ON_TIME} (even after the due time of day), after it {@link Verdict#LATE}. An
 * open dossier is {@link OpenStatus#OVERDUE} from the day after the due day, and
 * {@link OpenStatus#IN_TIME} while waiting for a supplement. The printed receipt shows a date,
 * so the citizen can check the verdict with it.
 */
public final class DeadlineLedger {

    private final WorkCalendar calendar;
    private final LocalDateTime received;
    private final TimeBudget budget;
    private final PausePolicy policy;
    private final List<LedgerEvent> events;
    private final List<DueChange> history;
    private final LedgerState state;

    private DeadlineLedger(WorkCalendar calendar, LocalDateTime received, TimeBudget budget, PausePolicy policy,
            List<LedgerEvent> events, List<DueChange> history, LedgerState state) {
        this.calendar = calendar;
        this.received = received;
        this.budget = budget;
        this.policy = policy;
        this.events = List.copyOf(events);
        this.history = List.copyOf(history);
        this.state = state;
    }

    /** Opens the ledger at receipt, with the default policy (shift by paused time). */
    public static DeadlineLedger open(WorkCalendar calendar, LocalDateTime received, TimeBudget budget) {
        return open(calendar, received, budget, PausePolicy.SHIFT_BY_PAUSED_TIME);
    }

    public static DeadlineLedger open(WorkCalendar calendar, LocalDateTime received, TimeBudget budget, PausePolicy policy) {
        Objects.requireNonNull(calendar);
        Objects.requireNonNull(received);
        Objects.requireNonNull(budget);
        Objects.requireNonNull(policy);
        LedgerState.Step step = LedgerState.open(calendar, received, budget);
        DueChange first = new DueChange(received, Optional.empty(), Optional.empty(), Optional.ofNullable(step.state().due()),
                calendar.version(), step.explanation());
        return new DeadlineLedger(calendar, received, budget, policy, List.of(), List.of(first), step.state());
    }

    /** {@link #open(WorkCalendar, LocalDateTime, TimeBudget, PausePolicy)} for an instant. */
    public static DeadlineLedger open(WorkCalendar calendar, Instant received, TimeBudget budget, PausePolicy policy) {
        return open(calendar, WorkCalendar.toLocal(received), budget, policy);
    }

    /** The office asks for a supplement: the clock stops until {@link #receiveSupplement}. */
    public DeadlineLedger requestSupplement(LocalDateTime at, String reason) {
        if (state.pausedSince() != null) {
            throw new IllegalStateException("Already waiting for a supplement since " + state.pausedSince() + ".");
        }
        return append(new LedgerEvent.SupplementRequested(at, requireText(reason)), calendar);
    }

    /** The supplement arrived: the deadline moves according to the {@link PausePolicy}. */
    public DeadlineLedger receiveSupplement(LocalDateTime at) {
        if (state.pausedSince() == null) {
            throw new IllegalStateException("No supplement was requested.");
        }
        return append(new LedgerEvent.SupplementReceived(at), calendar);
    }

    /** Extends the deadline by some working days (e.g. up to 2 for many-page certification). */
    public DeadlineLedger extend(LocalDateTime at, int workingDays, String reason) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("An extension is at least one working day, not " + workingDays + ".");
        }
        return append(new LedgerEvent.Extended(at, workingDays, requireText(reason)), calendar);
    }

    /**
     * Recomputes the due date under a new calendar version (e.g. after an overlay import) by
     * replaying every event; the earlier lines keep the due dates computed at the time.
     */
    public DeadlineLedger recalculate(WorkCalendar newCalendar, LocalDateTime at) {
        return append(new LedgerEvent.CalendarChanged(at, calendar.version(), newCalendar.version()), newCalendar);
    }

    private DeadlineLedger append(LedgerEvent event, WorkCalendar newCalendar) {
        LocalDateTime last = events.isEmpty() ? received : events.get(events.size() - 1).at();
        if (event.at().isBefore(last)) {
            throw new IllegalArgumentException("Events are recorded in time order: " + event.at() + " is before " + last + ".");
        }
        List<LedgerEvent> all = new ArrayList<>(events);
        all.add(event);
        LedgerState next = LedgerState.open(newCalendar, received, budget).state();
        String explanation = null;
        for (LedgerEvent e : all) { // a replay, so that a new calendar applies to the whole story
            LedgerState.Step step = next.apply(e, newCalendar, budget, policy);
            next = step.state();
            explanation = step.explanation();
        }
        if (event instanceof LedgerEvent.CalendarChanged change) {
            explanation = "Áp dụng lịch làm việc phiên bản " + change.toVersion() + " (trước đây: " + change.fromVersion() + "): "
                    + (Objects.equals(state.due(), next.due())
                            ? "hạn trả không đổi" + (next.due() == null ? "." : " (" + VietnameseText.dateTime(next.due()) + ").")
                            : "hạn trả mới " + VietnameseText.dateTime(next.due()) + " (hạn cũ " + VietnameseText.dateTime(state.due()) + ").");
        }
        List<DueChange> lines = new ArrayList<>(history);
        lines.add(new DueChange(event.at(), Optional.of(event), due(), Optional.ofNullable(next.due()), newCalendar.version(), explanation));
        return new DeadlineLedger(newCalendar, received, budget, policy, all, lines, next);
    }

    private static String requireText(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give the reason.");
        }
        return reason.strip();
    }

    // ---- derived ----

    /** The current due instant (local), empty for a procedure without due date. */
    public Optional<LocalDateTime> due() {
        return Optional.ofNullable(state.due());
    }

    public Optional<Instant> dueInstant() {
        return due().map(WorkCalendar::toInstant);
    }

    /** True while waiting for a supplement. */
    public boolean paused() {
        return state.pausedSince() != null;
    }

    /**
     * Session time left until the due instant, as the ledger stands: negative when overdue,
     * frozen at the pause start while waiting for a supplement, empty without due date.
     */
    public Optional<Duration> remainingWorkingTime(LocalDateTime at) {
        if (state.due() == null) {
            return Optional.empty();
        }
        LocalDateTime from = state.pausedSince() != null && !at.isBefore(state.pausedSince()) ? state.pausedSince() : at;
        return Optional.of(calendar.workingTimeBetween(from, state.due()));
    }

    /** Working days from {@code at}'s day to the due day (0 on the due day, negative when overdue). */
    public Optional<Integer> remainingWorkingDays(LocalDateTime at) {
        return due().map(d -> calendar.workingDaysBetween(at.toLocalDate(), d.toLocalDate()));
    }

    /** The verdict for a dossier finished at {@code finishedAt}, by date (see the class comment). */
    public Optional<Verdict> verdict(LocalDateTime finishedAt) {
        return due().map(d -> {
            int c = finishedAt.toLocalDate().compareTo(d.toLocalDate());
            return c < 0 ? Verdict.EARLY : c == 0 ? Verdict.ON_TIME : Verdict.LATE;
        });
    }

    public Optional<Verdict> verdict(Instant finishedAt) {
        return verdict(WorkCalendar.toLocal(finishedAt));
    }

    /** Standing of the open dossier at {@code at}, by date; empty without due date. */
    public Optional<OpenStatus> statusAt(LocalDateTime at) {
        return due().map(d -> paused() || !at.toLocalDate().isAfter(d.toLocalDate()) ? OpenStatus.IN_TIME : OpenStatus.OVERDUE);
    }

    /** Every line, from the opening: old and new due dates, calendar version, explanation. */
    public List<DueChange> history() {
        return history;
    }

    /** The explanations of {@link #history()}, in order, in Vietnamese. */
    public List<String> explanations() {
        return history.stream().map(DueChange::explanation).toList();
    }

    /** The due dates the dossier has had, oldest first (consecutive repeats removed). */
    public List<LocalDateTime> dueDates() {
        List<LocalDateTime> dates = new ArrayList<>();
        for (DueChange change : history) {
            change.newDue().filter(d -> dates.isEmpty() || !dates.get(dates.size() - 1).equals(d)).ifPresent(dates::add);
        }
        return dates;
    }

    public List<LedgerEvent> events() {
        return events;
    }

    public String calendarVersion() {
        return calendar.version();
    }

    public WorkCalendar calendar() {
        return calendar;
    }

    public LocalDateTime received() {
        return received;
    }

    public TimeBudget budget() {
        return budget;
    }

    public PausePolicy policy() {
        return policy;
    }
}
