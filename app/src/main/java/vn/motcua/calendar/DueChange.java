package vn.motcua.calendar;

import java.time.LocalDateTime;
import java.util.Optional;

/**
 * One line of the deadline ledger's history (một dòng lịch sử hạn trả): what happened, the due date before and after,
 * and the explanation in Vietnamese. Both dates are kept, never overwritten.
 *
 * @param event the event, or empty for the opening line
 */
public record DueChange(LocalDateTime at, Optional<LedgerEvent> event, Optional<LocalDateTime> previousDue,
        Optional<LocalDateTime> newDue, String calendarVersion, String explanation) {

    /** True when this change moved the due date. */
    public boolean moved() {
        return !previousDue.equals(newDue);
    }
}
