package vn.motcua.sync.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One mutating request of the portal contract v1 as it goes on the wire: method, path, the
 * headers that belong to the request (Idempotency-Key, If-Match; transport headers such as the
 * token and Content-Type are added by whoever carries it) and the JSON body. Built in one place
 * so that {@link HttpPortalAdapter} online and the hand-carried bundle offline send the very same
 * request for one outbox entry, and a resend through the other way is deduplicated by the portal.
 */
public record ContractRequest(String method, String path, Map<String, String> headers, String body) {
    public ContractRequest {
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** Creates a dossier, or updates its desk-owned fields when {@code ifMatch} is given. */
    public static ContractRequest putDossier(UUID dossier, UUID opId, Long ifMatch, String body) {
        Map<String, String> h = keyed(opId);
        if (ifMatch != null) {
            h.put("If-Match", quoted(ifMatch));
        }
        return new ContractRequest("PUT", "/v1/dossiers/" + dossier, h, body);
    }

    public static ContractRequest patchDossier(UUID dossier, UUID opId, long ifMatch, String body) {
        Map<String, String> h = keyed(opId);
        h.put("If-Match", quoted(ifMatch));
        return new ContractRequest("PATCH", "/v1/dossiers/" + dossier, h, body);
    }

    public static ContractRequest putEvent(UUID dossier, UUID event, UUID opId, String body) {
        return new ContractRequest("PUT", "/v1/dossiers/" + dossier + "/events/" + event, keyed(opId), body);
    }

    public static ContractRequest putFile(UUID dossier, UUID file, UUID opId, String body) {
        return new ContractRequest("PUT", "/v1/dossiers/" + dossier + "/files/" + file, keyed(opId), body);
    }

    /** The body is {@code {"reason": reason}}, canonical. */
    public static ContractRequest tombstoneFile(UUID dossier, UUID file, UUID opId, String reason) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("reason", reason);
        return new ContractRequest("POST", "/v1/dossiers/" + dossier + "/files/" + file + "/tombstone", keyed(opId),
                CanonicalJson.write(body));
    }

    /** The Idempotency-Key this request carries. */
    public UUID opId() {
        return UUID.fromString(headers.get("Idempotency-Key"));
    }

    /**
     * Writes this request as one action carried inside another request (a hand-carried bundle, an
     * online batch): {@code {"body","headers","method","opId","path"}}, members in that order, the
     * body as the very canonical bytes the individual call sends.
     */
    public void writeCarried(JsonGenerator g, UUID opId) throws IOException {
        g.writeStartObject();
        g.writeFieldName("body");
        if (body == null) {
            g.writeNull();
        } else {
            g.writeRawValue(body);
        }
        g.writeObjectFieldStart("headers");
        for (Map.Entry<String, String> h : new TreeMap<>(headers).entrySet()) {
            g.writeStringField(h.getKey(), h.getValue());
        }
        g.writeEndObject();
        g.writeStringField("method", method);
        g.writeStringField("opId", opId.toString());
        g.writeStringField("path", path);
        g.writeEndObject();
    }

    private static Map<String, String> keyed(UUID opId) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Idempotency-Key", opId.toString());
        return h;
    }

    private static String quoted(long version) {
        return "\"" + version + "\"";
    }
}
