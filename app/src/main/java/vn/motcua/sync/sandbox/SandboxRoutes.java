package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.DossierStatus;

/**
 * Training and test routes (no token; the server listens on loopback only): what a citizen or
 * the province does on the national portal, i.e. the changes the desk must pull and obey.
 */
final class SandboxRoutes {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private final PortalContext ctx;

    SandboxRoutes(PortalContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(new Route("POST", "/v1/sandbox/online-dossiers", Route.Kind.OPEN_WRITE, this::online),
                new Route("POST", "/v1/sandbox/dossiers/{uuid}/withdraw", Route.Kind.OPEN_WRITE, this::withdraw),
                new Route("POST", "/v1/sandbox/dossiers/{uuid}/edit", Route.Kind.OPEN_WRITE, this::edit),
                new Route("GET", "/v1/sandbox/dossiers", Route.Kind.OPEN_READ, this::list),
                new Route("PUT", "/v1/sandbox/catalog", Route.Kind.OPEN_WRITE, this::catalog));
    }

    /** The province publishes another catalogue (served as sent, even an invalid one: desks must refuse it). */
    private Answer catalog(Call call, Connection c) throws Exception {
        if (call.body() == null || call.body().length == 0) {
            throw PortalError.badRequest("The catalogue document is the request body.", PortalJson.field("body", "required"));
        }
        SandboxCatalog.replace(ctx, call.body());
        ObjectNode out = PortalJson.object();
        out.put("version", SandboxCatalog.version(new String(call.body(), java.nio.charset.StandardCharsets.UTF_8)));
        out.put("bytes", call.body().length);
        return Answer.json(200, out);
    }

    /** A dossier submitted online by a citizen: origin portal, channel 2, status 1, a code from the portal's own numbering. */
    private Answer online(Call call, Connection c) throws Exception {
        ObjectNode body = PortalJson.requestObject(call.body());
        String agency = PortalJson.str(body, "agencyId");
        if (agency == null || agency.isBlank() || agency.contains("-")) {
            throw PortalError.badRequest("An online dossier names its agencyId.", PortalJson.field("agencyId", "required"));
        }
        if (PortalJson.str(body, "MaTTHC") == null || PortalJson.str(body, "ChuHoSo") == null) {
            throw PortalError.badRequest("An online dossier names its procedure and applicant.",
                    PortalJson.field(PortalJson.str(body, "MaTTHC") == null ? "MaTTHC" : "ChuHoSo", "required"));
        }
        LocalDate day = LocalDate.ofInstant(ctx.clock().instant(), WorkCalendar.ZONE);
        int[] number = CodeBlocks.take(c, agency, day, 1, CodeBlocks.PORTAL);
        if (number == null) {
            throw new PortalError(409, "exhausted", "No dossier number is left on " + day + ".");
        }
        String code = agency + "-" + DAY.format(day) + "-" + String.format("%04d", number[0]);
        ObjectNode content = body.deepCopy();
        content.remove(List.of("agencyId", "TrangThaiHoSo", "deviceTime"));
        UUID id = UUID.randomUUID();
        content.put("id", id.toString());
        content.put("MaHoSo", code);
        content.put("KenhThucHien", 2);
        if (!content.has("NgayTiepNhan")) {
            content.put("NgayTiepNhan", ctx.serverTime());
        }
        long seq = Feed.nextSeq(c);
        Dossiers.Row row = new Dossiers.Row(id, agency, code, Dossiers.PORTAL, 1, DossierStatus.SUBMITTED_ONLINE.code(), content,
                null, ctx.serverTime(), seq);
        Dossiers.insert(c, row);
        Feed.record(c, seq, Feed.DOSSIER, row, Dossiers.PORTAL, null, ctx.options.feedRetention());
        return DossierRoutes.snapshot(c, row, 201);
    }

    /** The citizen withdraws on the portal: a status-7 event of origin portal (refused on a closed dossier). */
    private Answer withdraw(Call call, Connection c) throws Exception {
        Dossiers.Row row = Dossiers.require(c, PortalContext.uuid(call, "uuid"), null);
        String reason = call.body() == null || call.body().length == 0 ? null
                : PortalJson.str(PortalJson.requestObject(call.body()), "reason");
        DossierStatus from = DossierStatus.of(row.status());
        if (!vn.motcua.dossier.Transitions.allowed(from, DossierStatus.WITHDRAWN)) {
            ObjectNode refusal = PortalError.body("transition_refused",
                    "Dossier " + row.code() + " in status " + row.status() + " cannot be withdrawn.", null);
            refusal.put("TrangThaiHoSo", row.status());
            throw new PortalError(Answer.json(409, refusal));
        }
        ObjectNode event = PortalJson.object();
        event.put("type", "WITHDRAW");
        event.put("TrangThaiHoSo", DossierStatus.WITHDRAWN.code());
        event.put("GhiChu", reason);
        event.put("ThoiDiem", ctx.serverTime());
        EventRoutes.append(ctx, c, row, UUID.randomUUID(), event, Dossiers.PORTAL);
        return DossierRoutes.snapshot(c, Dossiers.find(c, row.uuid()), 201);
    }

    /** A change made on the portal side to any content field (conflict tests). */
    private Answer edit(Call call, Connection c) throws Exception {
        Dossiers.Row row = Dossiers.require(c, PortalContext.uuid(call, "uuid"), null);
        ObjectNode body = PortalJson.requestObject(call.body());
        for (String fixed : List.of("MaHoSo", "TrangThaiHoSo", "id", "uuid", "version")) {
            if (body.has(fixed)) {
                throw PortalError.badRequest("The code, status and identity are not edited.", Map.of(fixed, "not editable"));
            }
        }
        ObjectNode content = row.content().deepCopy();
        content.setAll(body);
        Dossiers.Row next = row.next(row.status(), content);
        Dossiers.update(c, next);
        Feed.record(c, Feed.nextSeq(c), Feed.DOSSIER, next, Dossiers.PORTAL, null, ctx.options.feedRetention());
        return DossierRoutes.snapshot(c, next, 200);
    }

    private Answer list(Call call, Connection c) throws Exception {
        ArrayNode out = PortalJson.array();
        for (Dossiers.Row row : Dossiers.list(c, null, Long.MAX_VALUE, 0, Integer.MAX_VALUE)) {
            ObjectNode d = out.addObject();
            d.put("MaHoSo", row.code());
            d.put("uuid", row.uuid().toString());
            d.put("TrangThaiHoSo", row.status());
            d.put("version", row.version());
            ArrayNode attachments = d.putArray("attachments");
            try (PreparedStatement ps = c.prepareStatement(
                    "select content from portal_file where dossier_uuid = ? and removed = false order by seq")) {
                ps.setObject(1, row.uuid());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ObjectNode att = (ObjectNode) PortalJson.parse(rs.getString(1)).path("attachment");
                        ObjectNode a = attachments.addObject();
                        a.put("uuid", PortalJson.str(att, "uuid"));
                        a.put("sha256", PortalJson.str(att, "sha256"));
                    }
                }
            }
        }
        return Answer.json(200, out);
    }
}
