package vn.motcua.sync.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** JSON for the simulation: reading bodies and the canonical form the idempotency fingerprint hashes. */
final class SimJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper SORTED = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private SimJson() {
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Key order does not matter to the fingerprint. */
    static String canonical(JsonNode n) {
        try {
            return SORTED.writeValueAsString(SORTED.treeToValue(n, Object.class));
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
