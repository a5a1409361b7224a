package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Transitions;

/**
 * {@code PUT /v1/dossiers/{uuid}/events/{eventUuid}}: the append-only event log. An event whose
 * {@code TrangThaiHoSo} differs from the dossier's status is a status move, checked with the
 * desk's own {@link Transitions} table; 3, 7, 8 and 10 allow none (fault 20: a withdrawal on
 * the portal wins over desk progress made offline).
 */
final class EventRoutes {
    private final PortalContext ctx;

    EventRoutes(PortalContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(new Route("PUT", "/v1/dossiers/{uuid}/events/{event}", Route.Kind.IDEMPOTENT, this::put));
    }

    private Answer put(Call call, Connection c) throws Exception {
        Dossiers.Row row = Dossiers.require(c, PortalContext.uuid(call, "uuid"), call.client());
        UUID eventId = PortalContext.uuid(call, "event");
        ObjectNode body = PortalJson.requestObject(call.body());
        if (PortalJson.str(body, "type") == null) {
            throw PortalError.badRequest("An event needs its type.", PortalJson.field("type", "required"));
        }
        Answer earlier = earlier(c, row, eventId, body);
        if (earlier != null) {
            return earlier;
        }
        return append(ctx, c, row, eventId, body, call.client().origin());
    }

    /** Appends an event (desk or portal origin): validates a status move, bumps the version, feeds the change. */
    static Answer append(PortalContext ctx, Connection c, Dossiers.Row row, UUID eventId, ObjectNode body, String origin)
            throws Exception {
        int status = DossierRoutes.status(body.get("TrangThaiHoSo"), row.status());
        if (status != row.status()) {
            DossierStatus from = DossierStatus.of(row.status());
            DossierStatus to = DossierStatus.of(status);
            if (!Transitions.allowed(from, to)) {
                ObjectNode refusal = PortalError.body("transition_refused", from.terminal()
                        ? "Dossier " + row.code() + " is closed (status " + row.status() + "); no status may follow."
                        : "Status " + status + " cannot follow status " + row.status() + ".", null);
                refusal.put("TrangThaiHoSo", row.status());
                throw new PortalError(Answer.json(409, refusal));
            }
        }
        long seq = Feed.nextSeq(c);
        Dossiers.Row next = row.next(status, row.content());
        Dossiers.update(c, next);
        try (PreparedStatement ps = c.prepareStatement("insert into portal_event (uuid, dossier_uuid, seq, type, status, origin,"
                + " version, body) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, eventId);
            ps.setObject(2, row.uuid());
            ps.setLong(3, seq);
            ps.setString(4, PortalJson.str(body, "type"));
            ps.setInt(5, status);
            ps.setString(6, origin);
            ps.setLong(7, next.version());
            ps.setString(8, PortalJson.text(body));
            ps.executeUpdate();
        }
        ObjectNode event = PortalJson.object();
        event.put("uuid", eventId.toString());
        event.put("seq", seq);
        event.put("type", PortalJson.str(body, "type"));
        event.put("TrangThaiHoSo", status);
        event.put("origin", origin);
        event.set("body", body);
        Feed.record(c, seq, Feed.EVENT, next, origin, event, ctx.options.feedRetention());
        return accepted(201, seq, status, next.version());
    }

    /** The same event again: 200 with the first answer; another body under the same event id: 409. */
    private static Answer earlier(Connection c, Dossiers.Row row, UUID eventId, ObjectNode body) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("select dossier_uuid, seq, status, version, body from portal_event where uuid = ?")) {
            ps.setObject(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                if (!row.uuid().equals(rs.getObject(1, UUID.class)) || !PortalJson.sameContent(PortalJson.parse(rs.getString(5)), body)) {
                    throw new PortalError(409, "exists_different", "Event " + eventId + " exists with different content.");
                }
                return accepted(200, rs.getLong(2), rs.getInt(3), rs.getLong(4));
            }
        }
    }

    private static Answer accepted(int http, long seq, int status, long version) {
        ObjectNode out = PortalJson.object();
        out.put("seq", seq);
        out.put("TrangThaiHoSo", status);
        out.put("version", version);
        return Answer.json(http, out).with("ETag", DossierRoutes.etag(version));
    }
}
