package vn.motcua.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The sync engine's one JSON reader and writer. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode object(String text) {
        try {
            JsonNode n = MAPPER.readTree(text);
            return n instanceof ObjectNode o ? o : MAPPER.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored payload is always JSON", e);
        }
    }

    static JsonNode read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    static String write(JsonNode n) {
        return n == null ? null : n.toString();
    }

    /** A field's value as comparable text (null for missing or JSON null). */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
    }
}
