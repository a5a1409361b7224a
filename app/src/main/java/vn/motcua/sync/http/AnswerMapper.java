package vn.motcua.sync.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.sync.portal.PortalAnswer;

/**
 * Sorts one HTTP answer of the portal into a {@link PortalAnswer} (contract v1): 2xx/304
 * Accepted (version from ETag), 401 Unauthorized, 412 Stale with {@code current}, 429/5xx
 * RetryLater with Retry-After (seconds or an HTTP date), other 4xx Refused with the error's
 * code, message and fields. A body that should be JSON and is not (malformed, cut short) is
 * NoAnswer(maybeDelivered = true): the portal may have committed, so the same opId is resent.
 */
public final class AnswerMapper {
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Shape {
        /** JSON body expected on 200/201. */
        JSON,
        /** HEAD of an upload: the state is in headers; a body is built from them. */
        UPLOAD_HEAD,
        /** 204 of a chunk: the new offset is in the Upload-Offset header. */
        UPLOAD_CHUNK,
        /**
         * A document the desk checks itself (the catalogue): a whole 2xx body that is not JSON is
         * handed over as a text node, so the desk can refuse it with its reason instead of taking
         * it for a lost answer.
         */
        DOCUMENT
    }

    private final Clock clock;

    AnswerMapper(Clock clock) {
        this.clock = clock;
    }

    /**
     * An answer the portal gave to an action of a hand-carried bundle, as its acknowledgement lists
     * it (status and body, no headers): sorted exactly as the same answer over HTTP would be.
     */
    public static PortalAnswer carried(int status, JsonNode body) {
        return carried(status, null, body);
    }

    /** {@link #carried(int, JsonNode)} with the ETag the portal gave the action (its version), when it gave one. */
    public static PortalAnswer carried(int status, String etag, JsonNode body) {
        byte[] raw;
        try {
            raw = body == null || body.isNull() || body.isMissingNode() ? new byte[0] : JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("a tree always serializes", e);
        }
        Map<String, java.util.List<String>> headers = etag == null ? Map.of() : Map.of("ETag", java.util.List.of(etag));
        return new AnswerMapper(Clock.systemUTC()).map(status, HttpHeaders.of(headers, (name, value) -> true), raw, Shape.JSON);
    }

    /**
     * The per-action answers of an accepted batch, by opId. A result that is not of the contract's
     * shape is left out: the sender treats an action without a result as possibly delivered.
     */
    public static Map<java.util.UUID, PortalAnswer> batchResults(JsonNode body) {
        Map<java.util.UUID, PortalAnswer> out = new LinkedHashMap<>();
        if (body == null || !body.path("results").isArray()) {
            return out;
        }
        for (JsonNode r : body.get("results")) {
            try {
                java.util.UUID opId = java.util.UUID.fromString(r.path("opId").asText(""));
                int status = r.path("status").asInt(0);
                if (status >= 100 && status <= 599) {
                    out.put(opId, carried(status, r.hasNonNull("etag") ? r.get("etag").asText() : null, r.get("body")));
                }
            } catch (IllegalArgumentException e) {
                // not an opId: left out
            }
        }
        return out;
    }

    PortalAnswer map(int status, HttpHeaders headers, byte[] raw, Shape shape) {
        Instant date = headers.firstValue("Date").map(AnswerMapper::httpDate).orElse(null);
        if (status == 401) {
            return new PortalAnswer.Unauthorized(date);
        }
        if (status == 429 || status >= 500) {
            JsonNode body = parse(raw);
            String reason = body != null && body.hasNonNull("error") ? body.get("error").asText() : "http_" + status;
            return new PortalAnswer.RetryLater(status, retryAfter(headers.firstValue("Retry-After").orElse(null), date), reason, date);
        }
        JsonNode body;
        if (raw == null || raw.length == 0) {
            body = null;
        } else {
            body = parse(raw);
            if (body == null && shape == Shape.DOCUMENT && status >= 200 && status < 300) {
                body = JSON.getNodeFactory().textNode(new String(raw, java.nio.charset.StandardCharsets.UTF_8));
            } else if (body == null) {
                return new PortalAnswer.NoAnswer(true, "malformed or truncated answer (HTTP " + status + ")");
            }
        }
        if (status == 304 || status >= 200 && status < 300) {
            if (shape == Shape.UPLOAD_HEAD) {
                body = uploadState(headers);
            } else if (shape == Shape.UPLOAD_CHUNK && body == null) {
                body = JSON.createObjectNode().put("offset", Long.parseLong(headers.firstValue("Upload-Offset").orElse("-1")));
            } else if (body == null && status != 204 && status != 304) {
                return new PortalAnswer.NoAnswer(true, "empty answer (HTTP " + status + ")");
            }
            return new PortalAnswer.Accepted(status, body, version(headers.firstValue("ETag").orElse(null)), date);
        }
        if (status == 412) {
            if (body == null || !body.has("current")) {
                return new PortalAnswer.NoAnswer(true, "412 without the current snapshot");
            }
            return new PortalAnswer.Stale(body.get("current"), date);
        }
        String error = body != null && body.hasNonNull("error") ? body.get("error").asText() : fallbackError(status);
        String message = body != null && body.hasNonNull("message") ? body.get("message").asText() : "HTTP " + status;
        Map<String, String> fields = new LinkedHashMap<>();
        if (body != null && body.path("fields").isObject()) {
            body.get("fields").fields().forEachRemaining(f -> fields.put(f.getKey(), f.getValue().asText()));
        }
        return new PortalAnswer.Refused(status, error, message, Map.copyOf(fields), body, date);
    }

    private static String fallbackError(int status) {
        return switch (status) {
            case 404 -> "not_found";
            case 410 -> "upload_expired";
            default -> "http_" + status;
        };
    }

    private static ObjectNode uploadState(HttpHeaders h) {
        ObjectNode state = JSON.createObjectNode();
        state.put("offset", Long.parseLong(h.firstValue("Upload-Offset").orElse("0")));
        state.put("length", Long.parseLong(h.firstValue("Upload-Length").orElse("0")));
        state.put("complete", Boolean.parseBoolean(h.firstValue("Upload-Complete").orElse("false")));
        return state;
    }

    private static JsonNode parse(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return null;
        }
        try {
            return JSON.readTree(raw);
        } catch (IOException e) {
            return null;
        }
    }

    /** {@code "7"} → 7; {@code W/"7"} → 7; a non-numeric tag (the catalogue's) → null. */
    static Long version(String etag) {
        return vn.motcua.sync.portal.EntityTags.version(etag);
    }

    Duration retryAfter(String value, Instant serverDate) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            Instant at = httpDate(v);
            if (at == null) {
                return null;
            }
            Duration d = Duration.between(serverDate != null ? serverDate : clock.instant(), at);
            return d.isNegative() ? Duration.ZERO : d;
        }
    }

    static Instant httpDate(String value) {
        try {
            return ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
