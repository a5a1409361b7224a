package vn.motcua.workcalendar;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.calendar.DeadlineLedger;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;

/**
 * Runs a {@link DeadlineRequest} through a {@link DeadlineLedger}: each pause is a supplement
 * round (requested, received), the extension comes after the last event. The explanation is
 * the calendar's "why this due date" for the receipt, then one line per ledger change, then the
 * source of each further year's days off.
 */
public final class DeadlineCalculator {

    private DeadlineCalculator() {
    }

    /** The result: the due instant (empty for no budget), the explanation, the calendar version. */
    public record Result(LocalDateTime due, List<String> explanation, String calendarVersion) {
    }

    public static Result compute(WorkCalendar calendar, DeadlineRequest request) {
        LocalDateTime last = request.received();
        for (DeadlineRequest.Pause p : request.pauses()) {
            if (p.from().isBefore(last) || p.to().isBefore(p.from())) {
                throw new UserFacingException("deadline.pauseOrder", p.from() + "/" + p.to());
            }
            last = p.to();
        }
        try {
            DeadlineLedger ledger = DeadlineLedger.open(calendar, request.received(), request.budget(), request.policy());
            for (DeadlineRequest.Pause p : request.pauses()) {
                ledger = ledger.requestSupplement(p.from(), request.pauseReason()).receiveSupplement(p.to());
            }
            if (request.extensionDays() > 0) {
                ledger = ledger.extend(last, request.extensionDays(), request.extensionReason());
            }
            List<String> lines = new ArrayList<>(calendar.explainDue(request.received(), request.budget()));
            List<String> changes = ledger.explanations();
            lines.addAll(changes.subList(1, changes.size())); // the first repeats the receipt
            LocalDateTime due = ledger.due().orElse(null);
            if (due != null) {
                for (int year = request.received().getYear(); year <= due.getYear(); year++) {
                    String note = calendar.yearNote(year);
                    if (!lines.contains(note)) {
                        lines.add(note);
                    }
                }
            }
            return new Result(due, List.copyOf(lines), ledger.calendarVersion());
        } catch (IllegalArgumentException e) { // a year outside the calendar's range
            throw new UserFacingException(e, "deadline.outOfRange");
        }
    }
}
