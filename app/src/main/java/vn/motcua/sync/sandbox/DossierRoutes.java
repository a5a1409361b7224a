package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Dossiers: create or fully update ({@code PUT}), change some desk-owned fields ({@code PATCH}),
 * read ({@code GET}). Field ownership (design/sync.md): the content of an online-submitted
 * dossier and the fees always belong to the portal; the status moves only by events; the
 * official code never changes.
 */
final class DossierRoutes {
    /** Members that are not content: identity, status (events only) and the sender's clock. */
    private static final Set<String> NOT_CONTENT = Set.of("deviceTime", "TrangThaiHoSo");
    private static final Set<String> NEVER_PATCHED = Set.of("MaHoSo", "TrangThaiHoSo", "id", "uuid", "version", "origin");
    private final PortalContext ctx;

    DossierRoutes(PortalContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(new Route("PUT", "/v1/dossiers/{uuid}", Route.Kind.IDEMPOTENT, this::put),
                new Route("PATCH", "/v1/dossiers/{uuid}", Route.Kind.IDEMPOTENT, this::patch),
                new Route("GET", "/v1/dossiers/{uuid}", Route.Kind.READ, this::get));
    }

    private Answer get(Call call, Connection c) throws Exception {
        return snapshot(c, Dossiers.require(c, PortalContext.uuid(call, "uuid"), call.client()), 200);
    }

    private Answer put(Call call, Connection c) throws Exception {
        UUID id = PortalContext.uuid(call, "uuid");
        ObjectNode body = PortalJson.requestObject(call.body());
        String code = PortalJson.str(body, "MaHoSo");
        if (code == null || code.isBlank()) {
            throw PortalError.badRequest("A dossier needs its official code.", PortalJson.field("MaHoSo", "required"));
        }
        ObjectNode content = body.deepCopy();
        content.remove(NOT_CONTENT);
        Long ifMatch = ifMatch(call);
        Dossiers.Row row = Dossiers.find(c, id);
        if (row == null) {
            if (ifMatch != null) {
                throw PortalError.notFound("Dossier " + id);
            }
            return create(call, c, id, code, content, body);
        }
        if (!call.client().agency().equals(row.agency())) {
            throw Dossiers.wrongAgency("Dossier " + row.code());
        }
        if (ifMatch == null) {
            if (PortalJson.sameContent(row.content(), content)) {
                return snapshot(c, row, 200); // another opId of the same create
            }
            throw new PortalError(409, "exists_different",
                    "Dossier " + id + " exists with different content; send If-Match to update it.");
        }
        requireVersion(c, row, ifMatch);
        if (!code.equals(row.code())) {
            throw new PortalError(422, "invalid", "The official code never changes.",
                    PortalJson.field("MaHoSo", "is " + row.code()));
        }
        Map<String, String> owned = portalOwned(row, changedFields(row.content(), content));
        if (!owned.isEmpty()) {
            throw new PortalError(409, "portal_owned", "These fields belong to the portal.", owned);
        }
        Attachments.requireAll(c, content.path("attachments"));
        if (PortalJson.sameContent(row.content(), content)) {
            return snapshot(c, row, 200);
        }
        return save(c, row.next(row.status(), content), call.client().origin(), 200);
    }

    private Answer create(Call call, Connection c, UUID id, String code, ObjectNode content, ObjectNode body) throws Exception {
        if (!code.startsWith(call.client().agency() + "-")) {
            throw Dossiers.wrongAgency("The code " + code);
        }
        if (Dossiers.findByCode(c, code) != null) {
            throw new PortalError(409, "code_taken", "The code " + code + " belongs to another dossier.",
                    PortalJson.field("MaHoSo", "taken"));
        }
        Attachments.requireAll(c, content.path("attachments"));
        int status = status(body.get("TrangThaiHoSo"), 2);
        long seq = Feed.nextSeq(c);
        Dossiers.Row row = new Dossiers.Row(id, call.client().agency(), code, Dossiers.DESK, 1, status, content,
                PortalJson.str(body, "deviceTime"), ctx.serverTime(), seq);
        Dossiers.insert(c, row);
        Feed.record(c, seq, Feed.DOSSIER, row, call.client().origin(), null, ctx.options.feedRetention());
        return snapshot(c, row, 201);
    }

    private Answer patch(Call call, Connection c) throws Exception {
        Dossiers.Row row = Dossiers.require(c, PortalContext.uuid(call, "uuid"), call.client());
        Long ifMatch = ifMatch(call);
        if (ifMatch == null) {
            throw new PortalError(428, "if_match_required", "PATCH needs If-Match with the version it was based on.");
        }
        ObjectNode body = PortalJson.requestObject(call.body());
        body.remove("deviceTime");
        Map<String, String> bad = new LinkedHashMap<>();
        body.fieldNames().forEachRemaining(f -> {
            if (NEVER_PATCHED.contains(f)) {
                bad.put(f, "cannot be changed by PATCH");
            }
        });
        if (!bad.isEmpty()) {
            throw new PortalError(422, "invalid", "These fields cannot be changed by PATCH.", bad);
        }
        requireVersion(c, row, ifMatch);
        ObjectNode content = row.content().deepCopy();
        content.setAll(body);
        Map<String, String> owned = portalOwned(row, changedFields(row.content(), content));
        if (!owned.isEmpty()) {
            throw new PortalError(409, "portal_owned", "These fields belong to the portal.", owned);
        }
        if (body.has("attachments")) {
            Attachments.requireAll(c, body.get("attachments"));
        }
        if (PortalJson.sameContent(row.content(), content)) {
            return snapshot(c, row, 200);
        }
        return save(c, row.next(row.status(), content), call.client().origin(), 200);
    }

    private Answer save(Connection c, Dossiers.Row next, String origin, int status) throws Exception {
        Dossiers.update(c, next);
        Feed.record(c, Feed.nextSeq(c), Feed.DOSSIER, next, origin, null, ctx.options.feedRetention());
        return snapshot(c, next, status);
    }

    private static void requireVersion(Connection c, Dossiers.Row row, long ifMatch) throws Exception {
        if (ifMatch != row.version()) {
            throw new PortalError(Answer.json(412, staleBody(Dossiers.snapshot(c, row))).with("ETag", etag(row.version())));
        }
    }

    private static ObjectNode staleBody(ObjectNode current) {
        ObjectNode body = PortalError.body("stale", "The dossier changed on the portal; merge with current.", null);
        body.set("current", current);
        return body;
    }

    /** Fields whose value differs (added, removed or changed). */
    static Set<String> changedFields(ObjectNode before, ObjectNode after) {
        Set<String> names = new java.util.TreeSet<>();
        before.fieldNames().forEachRemaining(names::add);
        after.fieldNames().forEachRemaining(names::add);
        names.removeIf(n -> PortalJson.sameContent(before.get(n), after.get(n)));
        return names;
    }

    private static Map<String, String> portalOwned(Dossiers.Row row, Set<String> changed) {
        Map<String, String> owned = new LinkedHashMap<>();
        for (String f : changed) {
            if ("PhiLePhi".equals(f) || row.portalOwned() && !"attachments".equals(f)) {
                owned.put(f, "owned by the portal");
            }
        }
        return owned;
    }

    static int status(JsonNode value, int fallback) {
        if (value == null || value.isNull()) {
            return fallback;
        }
        try {
            int code = Integer.parseInt(value.asText().trim());
            vn.motcua.dossier.DossierStatus.of(code);
            return code;
        } catch (IllegalArgumentException e) {
            throw PortalError.badRequest("TrangThaiHoSo is a national status code 1–10.",
                    PortalJson.field("TrangThaiHoSo", "not a status code"));
        }
    }

    /** The version of an {@code If-Match: "N"} header, null when absent. */
    static Long ifMatch(Call call) {
        String h = call.header("If-Match");
        if (h == null || h.isBlank()) {
            return null;
        }
        Long version = vn.motcua.sync.portal.EntityTags.version(h);
        if (version == null) {
            throw PortalError.badRequest("If-Match must be a version as given in ETag, e.g. \"3\".",
                    PortalJson.field("If-Match", "not a version"));
        }
        return version;
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static Answer snapshot(Connection c, Dossiers.Row row, int status) throws Exception {
        return Answer.json(status, Dossiers.snapshot(c, row)).with("ETag", etag(row.version()));
    }
}
