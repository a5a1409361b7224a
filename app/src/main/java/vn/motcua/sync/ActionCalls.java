package vn.motcua.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.dossier.PortalTime;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * Turns one outbox entry into calls of the portal contract (sync-contract.md): RECEIVE → the
 * dossier PUT, UPDATE → PATCH with If-Match, uploads → resumable upload then file link,
 * DOCUMENT_REMOVE → tombstone, every other action → an event whose UUID is the entry's ID.
 * Every call carries the entry's ID as idempotency key, and the body is built only from the
 * frozen payload and the entry's own fields, so a resend is byte-for-byte the same request.
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
    }

    PortalAnswer call(Call c) {
        return switch (c.action()) {
            case "RECEIVE" -> portal.putDossier(c.dossier(), c.id(), null, received(c));
            case "UPDATE" -> portal.patchDossier(c.dossier(), c.id(), c.knownVersion() == null ? 0 : c.knownVersion(), c.payload());
            case "DOCUMENT_UPLOAD", "RESULT_UPLOAD" -> uploads.send(c.dossier(), c.id(), Json.object(c.payload()));
            case "DOCUMENT_REMOVE" -> {
                ObjectNode p = Json.object(c.payload());
                yield portal.tombstoneFile(c.dossier(), UUID.fromString(p.path("id").asText()), c.id(), p.path("LyDo").asText(""));
            }
            default -> portal.putEvent(c.dossier(), c.id(), c.id(), event(c.action(), c.payload()));
        };
    }

    /** The RECEIVE payload plus the desk clock when it was queued (fixed, so a resend is identical). */
    static String received(Call c) {
        ObjectNode body = Json.object(c.payload());
        body.put("deviceTime", PortalTime.format(c.createdAt()));
        return body.toString();
    }

    /** {@code {"type": action, …payload}}. */
    static String event(String action, String payload) {
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.put("type", action);
        body.setAll(Json.object(payload));
        return body.toString();
    }
}
