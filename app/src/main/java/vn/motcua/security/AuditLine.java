package vn.motcua.security;

import java.time.Instant;

/**
 * One audit entry as the chair reads it.
 *
 * @param subjectLabel the dossier's code when the subject is a dossier, else the subject's id
 * @param detail       what the entry says, ID numbers masked
 */
public record AuditLine(long seq, Instant at, String user, String action, String subjectType, String subjectId,
        String subjectLabel, String detail) {
}
