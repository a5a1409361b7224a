package vn.motcua.sync;

import java.time.Instant;
import java.util.UUID;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * Sends one outbox entry online: the request {@link EntryRequest} builds for it (the same one a
 * hand-carried bundle carries), through the portal adapter; a file link goes after the resumable
 * upload of its attachment. A resend is byte-for-byte the same request.
 */
final class ActionCalls {
    private final PortalAdapter portal;
    private final AttachmentUpload uploads;

    ActionCalls(PortalAdapter portal, AttachmentUpload uploads) {
        this.portal = portal;
        this.uploads = uploads;
    }

    /** What a send of {@code entry} needs besides the entry itself. */
    record Call(UUID id, UUID dossier, String action, String payload, Instant createdAt, Long knownVersion) {
        EntryRequest request() {
            return EntryRequest.of(id, dossier, action, payload, createdAt, knownVersion);
        }
    }

    PortalAnswer call(Call c) {
        EntryRequest r = c.request();
        return switch (r.kind()) {
            case PUT_DOSSIER -> portal.putDossier(r.dossier(), r.opId(), r.ifMatch(), r.body());
            case PATCH_DOSSIER -> portal.patchDossier(r.dossier(), r.opId(), r.ifMatch(), r.body());
            case PUT_EVENT -> portal.putEvent(r.dossier(), r.target(), r.opId(), r.body());
            case PUT_FILE -> uploads.send(r);
            case TOMBSTONE -> portal.tombstoneFile(r.dossier(), r.target(), r.opId(), r.reason());
        };
    }

    /** The RECEIVE body: the payload plus the desk clock when it was queued (fixed, so a resend is identical). */
    static String received(Call c) {
        return c.request().body();
    }
}
