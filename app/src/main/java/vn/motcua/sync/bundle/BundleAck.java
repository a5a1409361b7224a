package vn.motcua.sync.bundle;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.motcua.common.UserFacingException;

/**
 * A {@code motcua-bundle-ack/1} file, checked whole before anything is applied: the SHA-256 of
 * the bundle it answers, and per action the opId, the HTTP status and the body the portal gave.
 */
record BundleAck(String bundleSha256, List<Result> results) {
    static final String FORMAT = "motcua-bundle-ack/1";
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The portal's answer to one action. */
    record Result(UUID opId, int status, JsonNode body) {
    }

    /** Parses {@code raw}; a user error naming {@code fileName} when it is not a well-formed acknowledgement. */
    static BundleAck parse(byte[] raw, String fileName) {
        JsonNode root;
        try {
            root = JSON.readTree(raw);
        } catch (IOException e) {
            throw malformed(fileName);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw malformed(fileName);
        }
        String sha = root.path("bundleSha256").asText("");
        JsonNode list = root.get("results");
        if (!sha.matches("[0-9a-fA-F]{64}") || list == null || !list.isArray()) {
            throw malformed(fileName);
        }
        List<Result> results = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (JsonNode r : list) {
            JsonNode status = r.get("status");
            if (!r.isObject() || status == null || !status.canConvertToInt() || !status.isIntegralNumber()
                    || status.asInt() < 100 || status.asInt() > 599 || !r.has("body")) {
                throw malformed(fileName);
            }
            UUID opId;
            try {
                opId = UUID.fromString(r.path("opId").asText(""));
            } catch (IllegalArgumentException e) {
                throw malformed(fileName);
            }
            if (!seen.add(opId)) {
                throw malformed(fileName);
            }
            results.add(new Result(opId, status.asInt(), r.get("body")));
        }
        return new BundleAck(sha.toLowerCase(java.util.Locale.ROOT), List.copyOf(results));
    }

    private static UserFacingException malformed(String fileName) {
        return new UserFacingException("sync.bundle.ackMalformed", fileName);
    }
}
