package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * Pull: the office's change feed with opaque cursors, the paged full snapshot a desk takes
 * after {@code 410 cursor_expired}, and the procedure catalogue with its version as ETag.
 */
final class FeedRoutes {
    static final String SHIPPED_CATALOG = "data/catalog/starter-2025.07.json";
    private final PortalContext ctx;

    FeedRoutes(PortalContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(new Route("GET", "/v1/offices/{agency}/changes", Route.Kind.READ, this::changes),
                new Route("GET", "/v1/offices/{agency}/snapshot", Route.Kind.READ, this::snapshot),
                new Route("GET", "/v1/catalog", Route.Kind.READ, this::catalog));
    }

    private Answer changes(Call call, Connection c) throws Exception {
        String agency = agency(call);
        int limit = limit(call);
        long after = Feed.position(call.query().get("cursor"));
        if (after < Feed.prunedThrough(c)) {
            throw new PortalError(410, "cursor_expired", "Changes after this cursor are no longer kept; resync from the snapshot.");
        }
        ArrayNode changes = PortalJson.array();
        long last = after;
        boolean more = false;
        try (PreparedStatement ps = c.prepareStatement("select seq, change_id, kind, dossier_uuid, code, version, origin, dossier, event"
                + " from portal_change where agency_id = ? and seq > ? order by seq fetch next ? rows only")) {
            ps.setString(1, agency);
            ps.setLong(2, after);
            ps.setInt(3, limit + 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (changes.size() == limit) {
                        more = true;
                        break;
                    }
                    ObjectNode ch = changes.addObject();
                    last = rs.getLong(1);
                    ch.put("changeId", rs.getObject(2).toString());
                    ch.put("seq", last);
                    ch.put("kind", rs.getString(3));
                    ch.put("dossierUuid", rs.getObject(4).toString());
                    ch.put("MaHoSo", rs.getString(5));
                    ch.put("version", rs.getLong(6));
                    ch.put("origin", rs.getString(7));
                    ch.set("dossier", PortalJson.parse(rs.getString(8)));
                    String event = rs.getString(9);
                    ch.set("event", event == null ? PortalJson.MAPPER.nullNode() : PortalJson.parse(event));
                }
            }
        }
        ObjectNode out = PortalJson.object();
        out.set("changes", changes);
        out.put("nextCursor", Feed.cursor(last));
        out.put("hasMore", more);
        return Answer.json(200, out);
    }

    private Answer snapshot(Call call, Connection c) throws Exception {
        String agency = agency(call);
        int limit = limit(call);
        String page = call.query().get("page");
        long offset = 0;
        long seq;
        if (page == null || page.isEmpty()) {
            seq = Feed.lastSeq(c);
        } else {
            String[] parts = page.split("\\.");
            try {
                offset = Long.parseLong(parts[0]);
                seq = Long.parseLong(parts[1]);
            } catch (RuntimeException e) {
                throw PortalError.badRequest("The page was not issued by this portal.", PortalJson.field("page", "unknown"));
            }
        }
        List<Dossiers.Row> rows = Dossiers.list(c, agency, seq, (int) offset, limit + 1);
        ArrayNode dossiers = PortalJson.array();
        for (int i = 0; i < Math.min(limit, rows.size()); i++) {
            dossiers.add(Dossiers.snapshot(c, rows.get(i)));
        }
        ObjectNode out = PortalJson.object();
        out.set("dossiers", dossiers);
        if (rows.size() > limit) {
            out.put("nextPage", (offset + limit) + "." + seq);
        } else {
            out.putNull("nextPage");
        }
        out.put("cursor", Feed.cursor(seq));
        return Answer.json(200, out);
    }

    private Answer catalog(Call call, Connection c) {
        String text = SandboxCatalog.text(ctx);
        String version = SandboxCatalog.version(text);
        String etag = "\"" + version + "\"";
        String since = call.header("If-None-Match");
        if (since != null && (since.trim().equals(etag) || since.trim().equals(version))) {
            return Answer.empty(304).with("ETag", etag);
        }
        return new Answer(200, new java.util.LinkedHashMap<>(), text.getBytes(StandardCharsets.UTF_8)).with("ETag", etag);
    }

    private static String agency(Call call) {
        String agency = call.var("agency");
        if (!agency.equals(call.client().agency())) {
            throw Dossiers.wrongAgency("Agency " + agency);
        }
        return agency;
    }

    private static int limit(Call call) {
        String text = call.query().getOrDefault("limit", "100");
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= 500) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw PortalError.badRequest("limit is 1 to 500.", PortalJson.field("limit", "out of range"));
    }
}
