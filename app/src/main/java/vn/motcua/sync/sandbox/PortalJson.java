package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import vn.motcua.sync.http.CanonicalJson;

/** JSON helpers of the sandbox portal (Jackson tree model: the portal keeps bodies as given). */
final class PortalJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private PortalJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return MAPPER.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serializes", e);
        }
    }

    static String text(JsonNode node) {
        try {
            return node == null ? null : MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree always serializes", e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return text == null ? null : MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is always valid", e);
        }
    }

    /** The request body as a JSON object, or a 400 {@code bad_request}. */
    static ObjectNode requestObject(byte[] body) {
        JsonNode node;
        try {
            node = body == null || body.length == 0 ? null : MAPPER.readTree(body);
        } catch (IOException e) {
            throw PortalError.badRequest("The body is not valid JSON: " + e.getMessage(), null);
        }
        if (node == null || !node.isObject()) {
            throw PortalError.badRequest("The body must be a JSON object.", null);
        }
        return (ObjectNode) node;
    }

    /** A text member, or null when missing or JSON null; numbers are given as their text. */
    static String str(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static boolean sameContent(JsonNode a, JsonNode b) {
        return CanonicalJson.write(a).equals(CanonicalJson.write(b));
    }

    static Map<String, String> field(String name, String reason) {
        return Map.of(name, reason);
    }
}
