package vn.motcua.sync.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    private static Map<String, String> keyed(UUID opId) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Idempotency-Key", opId.toString());
        return h;
    }

    private static String quoted(long version) {
        return "\"" + version + "\"";
    }
}
