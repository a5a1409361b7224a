package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Complete attachments: uuid → SHA-256, bytes stored once per hash. A dossier or a file link
 * may only name attachments held here with the same hash (fault 16: otherwise 422
 * {@code attachment_missing}).
 */
final class Attachments {
    private Attachments() {
    }

    /** The SHA-256 of a complete attachment, or null. */
    static String sha(Connection c, UUID uuid) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select sha256 from portal_attachment where uuid = ?")) {
            ps.setObject(1, uuid);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Refuses with 422 {@code attachment_missing} naming every reference not held complete with its hash. */
    static void requireAll(Connection c, Iterable<JsonNode> refs) throws SQLException {
        Map<String, String> missing = new LinkedHashMap<>();
        for (JsonNode ref : refs) {
            String id = PortalJson.str(ref, "uuid");
            String want = PortalJson.str(ref, "sha256");
            UUID uuid;
            try {
                uuid = UUID.fromString(id);
            } catch (RuntimeException e) {
                missing.put(String.valueOf(id), "not a UUID");
                continue;
            }
            String held = sha(c, uuid);
            if (held == null) {
                missing.put(id, "not uploaded completely");
            } else if (want != null && !want.equalsIgnoreCase(held)) {
                missing.put(id, "held with another sha256");
            }
        }
        if (!missing.isEmpty()) {
            throw new PortalError(422, "attachment_missing", "Upload the referenced attachments first.", missing);
        }
    }

    /** Stores complete bytes content-addressed and records the attachment (bundles). */
    static void keep(PortalContext ctx, Connection c, UUID uuid, String sha, byte[] data) throws IOException, SQLException {
        Path target = ctx.contentFile(sha);
        if (!Files.exists(target)) {
            Path tmp = Files.createTempFile(ctx.attachments, "in", ".tmp");
            Files.write(tmp, data);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        record(c, uuid, sha, data.length);
    }

    static void record(Connection c, UUID uuid, String sha, long bytes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("merge into portal_attachment (uuid, sha256, bytes) key (uuid) values (?, ?, ?)")) {
            ps.setObject(1, uuid);
            ps.setString(2, sha);
            ps.setLong(3, bytes);
            ps.executeUpdate();
        }
    }
}
