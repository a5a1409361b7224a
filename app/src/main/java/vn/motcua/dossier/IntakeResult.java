package vn.motcua.dossier;

import java.time.Instant;
import java.util.UUID;

/**
 * What the desk tells the clerk after receiving: the dossier's UUID, its final code, status and
 * due instant (null when no clock runs).
 *
 * @param repeated true when the same client UUID had already been received: nothing new was written
 */
public record IntakeResult(UUID id, String code, DossierStatus status, Instant dueAt, boolean repeated) {
}
