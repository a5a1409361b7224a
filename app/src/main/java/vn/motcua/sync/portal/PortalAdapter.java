package vn.motcua.sync.portal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The desk's only door to a portal. {@code HttpPortalAdapter} speaks our own contract (the
 * sandbox portal implements it, /v1 described in the README); a province whose real API
 * differs gets one more implementation of this interface, and the sender, puller and tests
 * stay as they are.
 *
 * <p>Rules every implementation keeps: never throws for a network or portal failure (it
 * answers {@link PortalAnswer.NoAnswer} or another answer); safe to call from any thread;
 * bodies are JSON text with the national field names; {@code opId} is sent as the
 * idempotency key and never changes for one outbox action.
 */
public interface PortalAdapter {

    /** Obtains fresh credentials (the sender calls it after {@link PortalAnswer.Unauthorized}). */
    PortalAnswer authenticate();

    /** Creates a dossier, or updates its desk-owned fields when {@code ifMatch} (a version) is given. */
    PortalAnswer putDossier(UUID dossier, UUID opId, Long ifMatch, String body);

    /** Changes some desk-owned fields of a dossier the portal holds at version {@code ifMatch}. */
    PortalAnswer patchDossier(UUID dossier, UUID opId, long ifMatch, String body);

    /** The portal's snapshot of one dossier. */
    PortalAnswer getDossier(UUID dossier);

    /** Appends an event (status move, hand-over, supplement, extension, rating, fee…) to a dossier's log. */
    PortalAnswer putEvent(UUID dossier, UUID event, UUID opId, String body);

    /** Links an uploaded attachment to a dossier as one of its files. */
    PortalAnswer putFile(UUID dossier, UUID file, UUID opId, String body);

    /** Removes a file from a dossier by tombstone, with the reason. */
    PortalAnswer tombstoneFile(UUID dossier, UUID file, UUID opId, String reason);

    /** Opens (or finds again) the resumable upload of an attachment; body {@code {"offset","complete"}}. */
    PortalAnswer openUpload(UUID attachment, UUID opId, String sha256, long bytes, String contentType);

    /** How many bytes of the upload the portal holds; body {@code {"offset","length","complete"}}. */
    PortalAnswer uploadOffset(UUID attachment);

    /** Sends {@code length} bytes of {@code chunk} to be written at {@code offset}; body {@code {"offset"}} (the new one). */
    PortalAnswer sendChunk(UUID attachment, long offset, byte[] chunk, int length);

    /**
     * Sends the chunk that ends the file and asks the portal to finish the upload with it: an
     * Accepted body with {@code "complete": true} means it checked the whole file and keeps it (a
     * refused hash is {@code hash_mismatch}, as from {@link #finishUpload}). A portal or adapter
     * that cannot do both in one request only stores the chunk, and the desk then calls
     * {@link #finishUpload} — the default here.
     */
    default PortalAnswer sendLastChunk(UUID attachment, long offset, byte[] chunk, int length) {
        return sendChunk(attachment, offset, chunk, length);
    }

    /** Asks the portal to check the whole file against its SHA-256 and keep it. */
    PortalAnswer finishUpload(UUID attachment);

    /** One page of the office's change feed after {@code cursor} (null: from the start). */
    PortalAnswer changes(String agencyId, String cursor, int limit);

    /** One page of the full resync after an expired cursor ({@code page} null: the first). */
    PortalAnswer snapshot(String agencyId, String page, int limit);

    /** The procedure catalogue, or 304 when {@code etag} is still current. */
    PortalAnswer catalog(String etag);

    /**
     * Sends several keyed calls in one request, applied by the portal in order; the answer to the
     * whole call, whose Accepted body is {@code {"results":[{"opId","status","etag","body"}]}} (one
     * per request, read with {@code AnswerMapper.batchResults}). A portal without batches answers
     * Refused (404, 405 or 501) and the sender goes on one call at a time — the default here.
     */
    default PortalAnswer batch(List<vn.motcua.sync.http.ContractRequest> requests) {
        return new PortalAnswer.Refused(501, "batch_unsupported", "This portal adapter sends one call at a time.", java.util.Map.of(),
                null, null);
    }

    /** Leases a block of {@code size} daily sequence numbers for each day. */
    PortalAnswer leaseCodes(String agencyId, UUID opId, List<LocalDate> days, int size);
}
