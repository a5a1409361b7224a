package vn.motcua.sync;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.dossier.PortalTime;
import vn.motcua.sync.http.CanonicalJson;
import vn.motcua.sync.http.ContractRequest;

/**
 * The one request of the portal contract an outbox entry comes down to (sync-contract.md):
 * RECEIVE → the dossier PUT with the desk clock of queueing, UPDATE → PATCH with If-Match,
 * uploads → the file link (after the attachment it names), DOCUMENT_REMOVE → tombstone, every
 * other action → an event whose UUID is the entry's ID. The entry's ID is the idempotency key.
 *
 * <p>The only builder of these requests: the online sender ({@link ActionCalls}) and the
 * hand-carried bundle both use it, and it builds bodies only from the frozen payload and the
 * entry's own fields, as canonical JSON, so the online send, a resend and the bundle carry the
 * very same bytes and the portal answers a repeat through the other way from its store.
 *
 * @param target the event, file or (for dossier calls) dossier UUID the path names
 * @param ifMatch the known portal version for an update, else null
 * @param body the JSON body (null for a tombstone, whose body is built from {@code reason})
 * @param reason the removal reason of a tombstone, else null
 * @param attachment the attachment a file link needs on the portal first, else null
 */
public record EntryRequest(Kind kind, UUID dossier, UUID target, UUID opId, Long ifMatch, String body, String reason,
                           Attachment attachment) {
    /** Which call of the contract. */
    public enum Kind { PUT_DOSSIER, PATCH_DOSSIER, PUT_EVENT, PUT_FILE, TOMBSTONE }

    /** An attachment by UUID (on the desk: the document ID) and the SHA-256 of its bytes in the store. */
    public record Attachment(UUID uuid, String sha256) {
    }

    /**
     * The request for one entry.
     *
     * @param knownVersion the dossier's version the portal last acknowledged (If-Match of an UPDATE)
     */
    public static EntryRequest of(UUID id, UUID dossier, String action, String payload, Instant createdAt, Long knownVersion) {
        ObjectNode p = Json.object(payload);
        return switch (action) {
            case "RECEIVE" -> {
                p.put("deviceTime", PortalTime.format(createdAt));
                yield new EntryRequest(Kind.PUT_DOSSIER, dossier, dossier, id, null, CanonicalJson.write(p), null, null);
            }
            case "UPDATE" -> new EntryRequest(Kind.PATCH_DOSSIER, dossier, dossier, id, knownVersion == null ? 0L : knownVersion,
                    CanonicalJson.write(p), null, null);
            case "DOCUMENT_UPLOAD", "RESULT_UPLOAD" -> {
                Attachment a = new Attachment(UUID.fromString(p.path("id").asText()), p.path("sha256").asText());
                ObjectNode ref = p.putObject("attachment");
                ref.put("uuid", a.uuid().toString());
                ref.put("sha256", a.sha256());
                yield new EntryRequest(Kind.PUT_FILE, dossier, a.uuid(), id, null, CanonicalJson.write(p), null, a);
            }
            case "DOCUMENT_REMOVE" -> new EntryRequest(Kind.TOMBSTONE, dossier, UUID.fromString(p.path("id").asText()), id, null, null,
                    p.path("LyDo").asText(""), null);
            default -> {
                ObjectNode body = Json.MAPPER.createObjectNode();
                body.put("type", action);
                body.setAll(p);
                yield new EntryRequest(Kind.PUT_EVENT, dossier, id, id, null, CanonicalJson.write(body), null, null);
            }
        };
    }

    /** The request for a stored entry, with the dossier's known portal version. */
    public static EntryRequest of(OutboxEntry e, Long knownVersion) {
        return of(e.id(), e.aggregateId(), e.action(), e.payload(), e.createdAt(), knownVersion);
    }

    /** The request as it goes on the wire (the same {@link ContractRequest} the HTTP adapter sends). */
    public ContractRequest wire() {
        return switch (kind) {
            case PUT_DOSSIER -> ContractRequest.putDossier(dossier, opId, ifMatch, body);
            case PATCH_DOSSIER -> ContractRequest.patchDossier(dossier, opId, ifMatch, body);
            case PUT_EVENT -> ContractRequest.putEvent(dossier, target, opId, body);
            case PUT_FILE -> ContractRequest.putFile(dossier, target, opId, body);
            case TOMBSTONE -> ContractRequest.tombstoneFile(dossier, target, opId, reason);
        };
    }
}
