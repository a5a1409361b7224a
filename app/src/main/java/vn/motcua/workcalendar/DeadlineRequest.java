package vn.motcua.workcalendar;

import java.time.LocalDateTime;
import java.util.List;
import vn.motcua.calendar.PausePolicy;
import vn.motcua.calendar.TimeBudget;

/**
 * A what-if deadline: a receipt, a budget, waits for supplements and an extension, all local
 * times in Asia/Ho_Chi_Minh.
 *
 * @param pauses supplement requested → supplement received, in time order, not overlapping
 * @param extensionDays 0 for none
 */
public record DeadlineRequest(LocalDateTime received, TimeBudget budget, List<Pause> pauses, int extensionDays,
        String extensionReason, String pauseReason, PausePolicy policy) {

    public DeadlineRequest {
        pauses = List.copyOf(pauses);
    }

    /** One wait for a citizen's supplement. */
    public record Pause(LocalDateTime from, LocalDateTime to) {
    }
}
