package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Requests carried inside another request — a hand-carried bundle's actions, an online batch —
 * in one format: {@code {"opId","method","path","headers","body"}} in, {@code {"opId","status",
 * "etag","body"}} out. Each becomes the very call it stands for, keyed by its opId, so it shares
 * the idempotency store with the individual calls.
 */
final class CarriedActions {
    private CarriedActions() {
    }

    record Action(String opId, String method, String path, Map<String, String> headers, byte[] body) {
        /** The individual call this action stands for, with its opId as the Idempotency-Key. */
        Call call() {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put("Idempotency-Key", opId);
            h.put("Content-Type", "application/json");
            return new Call(method, path, Map.of(), Map.of(), h, body, null);
        }
    }

    /** The actions of {@code list}; {@code bad} makes the refusal of a malformed one. */
    static List<Action> parse(JsonNode list, Function<String, PortalError> bad) {
        if (!list.isArray()) {
            throw bad.apply("There is no actions list.");
        }
        List<Action> out = new ArrayList<>();
        for (JsonNode a : list) {
            String opId = PortalJson.str(a, "opId");
            String method = PortalJson.str(a, "method");
            String path = PortalJson.str(a, "path");
            if (opId == null || method == null || path == null || !path.startsWith("/v1/") || path.startsWith("/v1/bundles")
                    || path.startsWith("/v1/batch") || path.startsWith("/v1/sandbox/") || path.startsWith("/v1/token")) {
                throw bad.apply("Each action needs opId, method and a /v1 path of the contract.");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            a.path("headers").fields().forEachRemaining(h -> {
                if (!h.getValue().isNull()) {
                    headers.put(h.getKey(), h.getValue().asText());
                }
            });
            JsonNode body = a.get("body");
            out.add(new Action(opId, method, path, headers, body == null || body.isNull() ? new byte[0] : PortalJson.bytes(body)));
        }
        return out;
    }

    /** Appends {@code answer} to {@code results} as the answer to {@code a}. */
    static void result(ArrayNode results, Action a, Answer answer) {
        ObjectNode r = results.addObject();
        r.put("opId", a.opId());
        r.put("status", answer.status());
        String etag = answer.headers().get("ETag");
        if (etag != null) {
            r.put("etag", etag);
        }
        JsonNode body = answer.bodyJson();
        r.set("body", body == null ? PortalJson.MAPPER.nullNode() : body);
    }
}
