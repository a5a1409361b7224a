package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * A refusal in the contract's error shape {@code {"error","message","fields"}}, thrown by a
 * route and turned into its answer by the dispatcher (which also rolls back what the route
 * wrote before refusing).
 */
final class PortalError extends RuntimeException {
    private final transient Answer answer;

    PortalError(int status, String error, String message) {
        this(status, error, message, null);
    }

    PortalError(int status, String error, String message, Map<String, String> fields) {
        this(Answer.json(status, body(error, message, fields)));
    }

    PortalError(Answer answer) {
        super(answer.status() + " " + answer.bodyText());
        this.answer = answer;
    }

    Answer answer() {
        return answer;
    }

    static ObjectNode body(String error, String message, Map<String, String> fields) {
        ObjectNode body = PortalJson.object();
        body.put("error", error);
        body.put("message", message);
        if (fields != null && !fields.isEmpty()) {
            ObjectNode f = body.putObject("fields");
            fields.forEach(f::put);
        }
        return body;
    }

    /** An error whose body carries more than the three standard members (e.g. {@code current}). */
    static PortalError with(int status, String error, String message, String member, JsonNode value) {
        ObjectNode body = body(error, message, null);
        body.set(member, value);
        return new PortalError(Answer.json(status, body));
    }

    static PortalError notFound(String what) {
        return new PortalError(404, "not_found", what + " is not known to the portal.");
    }

    static PortalError badRequest(String message, Map<String, String> fields) {
        return new PortalError(400, "bad_request", message, fields);
    }
}
