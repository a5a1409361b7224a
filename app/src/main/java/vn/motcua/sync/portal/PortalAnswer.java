package vn.motcua.sync.portal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * What came back from one call to the portal, already sorted by what the desk must do next
 * (contract: /v1 of the MotCua portal, see {@link PortalAdapter}). Every answer that reached
 * the desk keeps the portal's {@code Date}, from which the desk estimates clock skew.
 */
public sealed interface PortalAnswer {

    /** The portal's clock when it answered, or null when nothing (readable) came back. */
    Instant serverDate();

    /** 2xx or 304: done. {@code version} is the dossier's server version (ETag) when the call had one. */
    record Accepted(int status, JsonNode body, Long version, Instant serverDate) implements PortalAnswer {
    }

    /**
     * A 4xx that a retry will not change (other than 401, 412 and 429): the action needs a
     * person, or a specific next step (e.g. {@code attachment_missing}: upload first;
     * {@code cursor_expired}: full resync; {@code upload_expired}: new upload).
     */
    record Refused(int status, String error, String message, Map<String, String> fields, JsonNode body,
                   Instant serverDate) implements PortalAnswer {
    }

    /** 412: the dossier changed on the portal since the version the desk sent; {@code current} is its snapshot. */
    record Stale(JsonNode current, Instant serverDate) implements PortalAnswer {
    }

    /** 401: credentials expired; refresh them and repeat without counting an attempt. */
    record Unauthorized(Instant serverDate) implements PortalAnswer {
    }

    /** 429, 500, 502, 503, 504: try again later, not before {@code retryAfter} when the portal said so (may be null). */
    record RetryLater(int status, Duration retryAfter, String reason, Instant serverDate) implements PortalAnswer {
    }

    /**
     * No usable answer: refused connection, reset, timeout, or a malformed / truncated body.
     * {@code maybeDelivered} is false only when the request certainly never left (connection
     * refused, unknown host); otherwise the portal may have committed it and the action is
     * UNKNOWN until the same opId is sent again.
     */
    record NoAnswer(boolean maybeDelivered, String reason) implements PortalAnswer {
        @Override
        public Instant serverDate() {
            return null;
        }
    }
}
