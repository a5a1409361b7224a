package vn.motcua.calendar;

import java.time.LocalDateTime;

/** Something that happened to a dossier's deadline (sự kiện về thời hạn), in local time (Asia/Ho_Chi_Minh). Append-only. */
public sealed interface LedgerEvent {

    LocalDateTime at();

    /** The office asked the citizen for a supplement (yêu cầu bổ sung): the clock stops. */
    record SupplementRequested(LocalDateTime at, String reason) implements LedgerEvent {
    }

    /** The supplement arrived (nhận bổ sung): the clock runs again. */
    record SupplementReceived(LocalDateTime at) implements LedgerEvent {
    }

    /** The deadline was extended (gia hạn) by some working days, with the reason given. */
    record Extended(LocalDateTime at, int workingDays, String reason) implements LedgerEvent {
    }

    /** The work calendar changed (e.g. a new announced overlay); the due date is recomputed under it. */
    record CalendarChanged(LocalDateTime at, String fromVersion, String toVersion) implements LedgerEvent {
    }
}
