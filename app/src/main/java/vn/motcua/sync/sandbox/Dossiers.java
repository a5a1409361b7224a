package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The portal's dossier rows and the snapshot the contract answers with. Content fields (the
 * national field names) are kept as the JSON object they came in, without the status (moved
 * only by events) and the sender's device time.
 */
final class Dossiers {
    static final String DESK = "desk";
    static final String PORTAL = "portal";

    private Dossiers() {
    }

    record Row(UUID uuid, String agency, String code, String origin, long version, int status, ObjectNode content,
               String deviceTime, String receivedServerTime, long createdSeq) {

        Row next(int newStatus, ObjectNode newContent) {
            return new Row(uuid, agency, code, origin, version + 1, newStatus, newContent, deviceTime, receivedServerTime, createdSeq);
        }

        boolean portalOwned() {
            return PORTAL.equals(origin) || "2".equals(PortalJson.str(content, "KenhThucHien"));
        }
    }

    private static final String COLUMNS =
            "uuid, agency_id, code, origin, version, status, content, device_time, received_server_time, created_seq";

    static Row find(Connection c, UUID uuid) throws SQLException {
        return one(c, "select " + COLUMNS + " from portal_dossier where uuid = ?", uuid);
    }

    static Row findByCode(Connection c, String code) throws SQLException {
        return one(c, "select " + COLUMNS + " from portal_dossier where code = ?", code);
    }

    /** The dossier or 404 {@code not_found}; 403 {@code wrong_agency} when it belongs to another agency than the client's. */
    static Row require(Connection c, UUID uuid, Call.Client client) throws SQLException {
        Row row = find(c, uuid);
        if (row == null) {
            throw PortalError.notFound("Dossier " + uuid);
        }
        if (client != null && !client.agency().equals(row.agency())) {
            throw wrongAgency("Dossier " + row.code());
        }
        return row;
    }

    static PortalError wrongAgency(String what) {
        return new PortalError(403, "wrong_agency", what + " belongs to another agency than this client's.");
    }

    static List<Row> list(Connection c, String agency, long maxCreatedSeq, int offset, int limit) throws SQLException {
        String where = agency == null ? "" : " where agency_id = ? and created_seq <= ?";
        try (PreparedStatement ps = c.prepareStatement("select " + COLUMNS + " from portal_dossier" + where
                + " order by created_seq offset ? rows fetch next ? rows only")) {
            int i = 1;
            if (agency != null) {
                ps.setString(i++, agency);
                ps.setLong(i++, maxCreatedSeq);
            }
            ps.setInt(i++, offset);
            ps.setInt(i, limit);
            return rows(ps);
        }
    }

    static void insert(Connection c, Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into portal_dossier (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, r.uuid());
            ps.setString(2, r.agency());
            ps.setString(3, r.code());
            ps.setString(4, r.origin());
            ps.setLong(5, r.version());
            ps.setInt(6, r.status());
            ps.setString(7, PortalJson.text(r.content()));
            ps.setString(8, r.deviceTime());
            ps.setString(9, r.receivedServerTime());
            ps.setLong(10, r.createdSeq());
            ps.executeUpdate();
        }
    }

    static void update(Connection c, Row r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update portal_dossier set version = ?, status = ?, content = ? where uuid = ?")) {
            ps.setLong(1, r.version());
            ps.setInt(2, r.status());
            ps.setString(3, PortalJson.text(r.content()));
            ps.setObject(4, r.uuid());
            ps.executeUpdate();
        }
    }

    /** The contract's dossier snapshot: identity, version, origin, content, status, files, events. */
    static ObjectNode snapshot(Connection c, Row r) throws SQLException {
        ObjectNode s = PortalJson.object();
        s.put("uuid", r.uuid().toString());
        s.put("version", r.version());
        s.put("origin", r.origin());
        s.put("MaHoSo", r.code());
        r.content().fields().forEachRemaining(e -> {
            if (!s.has(e.getKey())) {
                s.set(e.getKey(), e.getValue());
            }
        });
        s.put("TrangThaiHoSo", r.status());
        ArrayNode files = s.putArray("files");
        try (PreparedStatement ps = c.prepareStatement(
                "select file_uuid, content, removed from portal_file where dossier_uuid = ? order by seq")) {
            ps.setObject(1, r.uuid());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode body = (ObjectNode) PortalJson.parse(rs.getString(2));
                    ObjectNode f = files.addObject();
                    f.put("uuid", rs.getObject(1).toString());
                    f.set("MaThanhPhanHoSo", body.get("MaThanhPhanHoSo"));
                    f.set("TenTepDinhKem", body.get("TenTepDinhKem"));
                    f.put("sha256", PortalJson.str(body.path("attachment"), "sha256"));
                    f.set("LaKetQuaDienTu", body.get("LaKetQuaDienTu"));
                    f.put("removed", rs.getBoolean(3));
                }
            }
        }
        ArrayNode events = s.putArray("events");
        try (PreparedStatement ps = c.prepareStatement(
                "select uuid, seq, type, status, origin from portal_event where dossier_uuid = ? order by seq")) {
            ps.setObject(1, r.uuid());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ObjectNode e = events.addObject();
                    e.put("uuid", rs.getObject(1).toString());
                    e.put("seq", rs.getLong(2));
                    e.put("type", rs.getString(3));
                    e.put("TrangThaiHoSo", rs.getInt(4));
                    e.put("origin", rs.getString(5));
                }
            }
        }
        s.put("receivedServerTime", r.receivedServerTime());
        if (r.deviceTime() != null) {
            s.put("deviceTime", r.deviceTime());
        }
        return s;
    }

    private static Row one(Connection c, String sql, Object key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, key);
            List<Row> rows = rows(ps);
            return rows.isEmpty() ? null : rows.get(0);
        }
    }

    private static List<Row> rows(PreparedStatement ps) throws SQLException {
        List<Row> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                        rs.getInt(6), (ObjectNode) PortalJson.parse(rs.getString(7)), rs.getString(8), rs.getString(9),
                        rs.getLong(10)));
            }
        }
        return out;
    }
}
