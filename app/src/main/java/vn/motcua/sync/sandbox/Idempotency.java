package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.sync.http.CanonicalJson;

/**
 * The (client, Idempotency-Key) → answer store, written in the same transaction as the mutation
 * it answers: either both are kept or neither, so a lost answer is always replayable (faults 3,
 * 5, 11) and a key reused for another request is caught (fault 19).
 */
final class Idempotency {
    private Idempotency() {
    }

    record Stored(String fingerprint, Answer answer) {
    }

    /** SHA-256 of method, path and the canonical JSON body (the raw bytes when not JSON). */
    static String fingerprint(Call call) {
        MessageDigest sha = sha256();
        sha.update((call.methodUpper() + " " + call.path() + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] body = call.body() == null ? new byte[0] : call.body();
        try {
            JsonNode json = body.length == 0 ? null : PortalJson.MAPPER.readTree(body);
            sha.update(json == null ? body : CanonicalJson.write(json).getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            sha.update(body);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** 4xx rejections are kept like successes; 5xx, 401 and 429 are not (a retry may do better). */
    static boolean storable(int status) {
        return status < 500 && status != 401 && status != 429;
    }

    static Stored find(Connection c, String client, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select fingerprint, status, headers, body from portal_idempotency where client_id = ? and op_id = ?")) {
            ps.setString(1, client);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Map<String, String> headers = new LinkedHashMap<>();
                PortalJson.parse(rs.getString(3)).fields().forEachRemaining(e -> headers.put(e.getKey(), e.getValue().asText()));
                String body = rs.getString(4);
                return new Stored(rs.getString(1), new Answer(rs.getInt(2), headers,
                        body == null ? null : body.getBytes(StandardCharsets.UTF_8)));
            }
        }
    }

    static void store(Connection c, String client, String key, String fingerprint, Answer a) throws SQLException {
        ObjectNode headers = PortalJson.object();
        a.headers().forEach(headers::put);
        try (PreparedStatement ps = c.prepareStatement(
                "insert into portal_idempotency (client_id, op_id, fingerprint, status, headers, body) values (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, client);
            ps.setString(2, key);
            ps.setString(3, fingerprint);
            ps.setInt(4, a.status());
            ps.setString(5, PortalJson.text(headers));
            ps.setString(6, a.bodyText());
            ps.executeUpdate();
        }
    }

    static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
