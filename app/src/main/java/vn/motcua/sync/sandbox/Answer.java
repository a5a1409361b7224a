package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One answer of the portal before it becomes HTTP: status, extra headers, body bytes (JSON
 * for everything but attachment downloads; null when there is no body). The same value is what
 * the idempotency store keeps and replays, and what a bundle acknowledgement lists.
 */
record Answer(int status, Map<String, String> headers, byte[] body) {

    static Answer json(int status, JsonNode body) {
        return new Answer(status, new LinkedHashMap<>(), PortalJson.bytes(body));
    }

    static Answer empty(int status) {
        return new Answer(status, new LinkedHashMap<>(), null);
    }

    /** A copy with one more header. */
    Answer with(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Answer(status, h, body);
    }

    /** The body as JSON, or null when there is none or it is not JSON. */
    JsonNode bodyJson() {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            return PortalJson.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    String bodyText() {
        return body == null ? null : new String(body, StandardCharsets.UTF_8);
    }
}
