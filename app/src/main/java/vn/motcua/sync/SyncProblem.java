package vn.motcua.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One thing in the sync that waits for a person (the sync panel's "Cần xử lý" list): an action
 * the portal refused or that clashed with a portal change, with the reason and, for a clash, both
 * values side by side. {@code entryId} is {@code null} for a clash found by the pull with no desk
 * action behind it.
 */
public record SyncProblem(UUID entryId, UUID dossierId, String dossierCode, String applicant, String action,
        OutboxEntry.State state, String errorCode, Integer httpStatus, String reason, Instant since, List<Side> sides) {

    /** One field (or the status) as the desk and the portal hold it. */
    public record Side(UUID conflictId, SyncConflict.Kind kind, String field, String deskValue, String portalValue) {
    }

    /** What a person may do about it. */
    public enum Remedy {
        /** Send the same action again under a new ID, in the old one's place (the portal keeps its first refusal per ID). */
        RESEND,
        /** Let the portal's decision stand: the desk's action is kept for the record, never sent. */
        SET_ASIDE,
        /** Field by field: keep the desk's value (it is sent again) or take the portal's. */
        DECIDE_FIELDS
    }

    /** Field clashes are decided one by one; a refused action is resent or set aside; a status clash only set aside. */
    public List<Remedy> remedies() {
        boolean fields = sides.stream().anyMatch(s -> s.kind() == SyncConflict.Kind.FIELD);
        if (fields) {
            return List.of(Remedy.DECIDE_FIELDS);
        }
        boolean status = sides.stream().anyMatch(s -> s.kind() == SyncConflict.Kind.STATUS);
        return status || entryId == null ? List.of(Remedy.SET_ASIDE) : List.of(Remedy.RESEND, Remedy.SET_ASIDE);
    }
}
