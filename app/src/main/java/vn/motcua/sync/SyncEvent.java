package vn.motcua.sync;

import java.util.UUID;

/**
 * What the runner tells its listeners (the sync panel, the CLI's progress lines): one small
 * immutable fact. Listeners are called on the runner's thread and must not block.
 */
public record SyncEvent(Kind kind, UUID dossierId, UUID entryId, String detail, long done, long total) {
    public enum Kind {
        /** An outbox entry was sent; {@code detail} is its new state. */
        SENT,
        /** Bytes of an attachment reached the portal ({@code done} of {@code total}). */
        UPLOAD_PROGRESS,
        /** A page of the portal's changes was applied ({@code done} changes). */
        PULLED,
        /** A full resync after an expired cursor. */
        RESYNC,
        /** The line went up or down ({@code detail}: UP or DOWN). */
        LINE,
        /** One run (push then pull) ended; {@code detail} is its summary. */
        RUN_FINISHED
    }

    static SyncEvent of(Kind kind, String detail) {
        return new SyncEvent(kind, null, null, detail, 0, 0);
    }
}
