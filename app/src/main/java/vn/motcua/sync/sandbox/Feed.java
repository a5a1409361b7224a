package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.UUID;

/**
 * The office change feed: one row per accepted mutation, numbered by one global sequence that
 * is taken inside the mutation's transaction (writes are serialized), so a committed change is
 * never overtaken by one with a lower number and a cursor only ever moves forward.
 */
final class Feed {
    static final String DOSSIER = "DOSSIER";
    static final String EVENT = "EVENT";
    static final String FILE = "FILE";
    private static final String PREFIX = "v1:";

    private Feed() {
    }

    /** The next sequence number (events and changes share it). */
    static long nextSeq(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update portal_meta set num = num + 1 where name = 'last_seq'")) {
            ps.executeUpdate();
        }
        return meta(c, "last_seq");
    }

    static long lastSeq(Connection c) throws SQLException {
        return meta(c, "last_seq");
    }

    /** The highest sequence number dropped by the retention window (0: none). */
    static long prunedThrough(Connection c) throws SQLException {
        return meta(c, "pruned_through");
    }

    /** Records a change with the snapshot after it, then drops what falls out of the retention window. */
    static void record(Connection c, long seq, String kind, Dossiers.Row after, String origin, JsonNode event, int retention)
            throws SQLException {
        ObjectNode snapshot = Dossiers.snapshot(c, after);
        try (PreparedStatement ps = c.prepareStatement("insert into portal_change (seq, change_id, agency_id, kind, dossier_uuid,"
                + " code, version, origin, dossier, event) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, seq);
            ps.setObject(2, UUID.randomUUID());
            ps.setString(3, after.agency());
            ps.setString(4, kind);
            ps.setObject(5, after.uuid());
            ps.setString(6, after.code());
            ps.setLong(7, after.version());
            ps.setString(8, origin);
            ps.setString(9, PortalJson.text(snapshot));
            ps.setString(10, event == null ? null : PortalJson.text(event));
            ps.executeUpdate();
        }
        if (retention > 0 && seq - retention > prunedThrough(c)) {
            long drop = seq - retention;
            try (PreparedStatement ps = c.prepareStatement("delete from portal_change where seq <= ?")) {
                ps.setLong(1, drop);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("update portal_meta set num = ? where name = 'pruned_through'")) {
                ps.setLong(1, drop);
                ps.executeUpdate();
            }
        }
    }

    static String cursor(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + seq).getBytes(StandardCharsets.UTF_8));
    }

    /** The sequence a cursor stands after; 0 for none; 400 {@code bad_cursor} for a string we never issued. */
    static long position(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                long seq = Long.parseLong(text.substring(PREFIX.length()));
                if (seq >= 0) {
                    return seq;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw new PortalError(400, "bad_cursor", "The cursor was not issued by this portal.",
                PortalJson.field("cursor", "unknown"));
    }

    private static long meta(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select num from portal_meta where name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
