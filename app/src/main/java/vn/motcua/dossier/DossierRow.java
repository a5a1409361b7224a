package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.sync.SyncState;

/**
 * One line of the dossier list: what the clerk scans the list for.
 *
 * @param remaining working time left until the due instant (negative when overdue; null when
 *                  paused, closed or without a due date)
 */
public record DossierRow(UUID id, String code, String applicantName, String procedureName, Instant receivedAt, Instant dueAt,
        DossierStatus status, Duration remaining, DeadlineState deadline, SyncState sync, String handlerName) {
}
