package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;

/**
 * A dossier's files: link a complete upload ({@code PUT …/files/{fileUuid}}), remove by
 * tombstone with a reason (files are add-only: a removal never deletes), and download the
 * bytes of an attachment.
 */
final class FileRoutes {
    private final PortalContext ctx;

    FileRoutes(PortalContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(new Route("PUT", "/v1/dossiers/{uuid}/files/{file}", Route.Kind.IDEMPOTENT, this::put),
                new Route("POST", "/v1/dossiers/{uuid}/files/{file}/tombstone", Route.Kind.IDEMPOTENT, this::tombstone),
                new Route("GET", "/v1/attachments/{uuid}", Route.Kind.READ, this::download));
    }

    private Answer put(Call call, Connection c) throws Exception {
        Dossiers.Row row = Dossiers.require(c, PortalContext.uuid(call, "uuid"), call.client());
        UUID fileId = PortalContext.uuid(call, "file");
        ObjectNode body = PortalJson.requestObject(call.body());
        body.remove("deviceTime");
        JsonNode attachment = body.get("attachment");
        if (attachment == null || PortalJson.str(attachment, "uuid") == null) {
            throw PortalError.badRequest("A file names its attachment {uuid, sha256}.", PortalJson.field("attachment", "required"));
        }
        Attachments.requireAll(c, List.of(attachment));
        try (PreparedStatement ps = c.prepareStatement("select content from portal_file where dossier_uuid = ? and file_uuid = ?")) {
            ps.setObject(1, row.uuid());
            ps.setObject(2, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    if (PortalJson.sameContent(PortalJson.parse(rs.getString(1)), body)) {
                        return DossierRoutes.snapshot(c, row, 200);
                    }
                    throw new PortalError(409, "exists_different", "File " + fileId + " exists with different content.");
                }
            }
        }
        long seq = Feed.nextSeq(c);
        try (PreparedStatement ps = c.prepareStatement(
                "insert into portal_file (dossier_uuid, file_uuid, content, removed, seq) values (?, ?, ?, false, ?)")) {
            ps.setObject(1, row.uuid());
            ps.setObject(2, fileId);
            ps.setString(3, PortalJson.text(body));
            ps.setLong(4, seq);
            ps.executeUpdate();
        }
        return changed(c, row, seq, fileId, false, call.client().origin(), 201);
    }

    private Answer tombstone(Call call, Connection c) throws Exception {
        Dossiers.Row row = Dossiers.require(c, PortalContext.uuid(call, "uuid"), call.client());
        UUID fileId = PortalContext.uuid(call, "file");
        String reason = PortalJson.str(PortalJson.requestObject(call.body()), "reason");
        if (reason == null || reason.isBlank()) {
            throw PortalError.badRequest("A removal needs its reason.", PortalJson.field("reason", "required"));
        }
        Boolean removed = null;
        try (PreparedStatement ps = c.prepareStatement("select removed from portal_file where dossier_uuid = ? and file_uuid = ?")) {
            ps.setObject(1, row.uuid());
            ps.setObject(2, fileId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    removed = rs.getBoolean(1);
                }
            }
        }
        if (removed == null) {
            throw PortalError.notFound("File " + fileId);
        }
        if (removed) {
            return DossierRoutes.snapshot(c, row, 200);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "update portal_file set removed = true, reason = ? where dossier_uuid = ? and file_uuid = ?")) {
            ps.setString(1, reason);
            ps.setObject(2, row.uuid());
            ps.setObject(3, fileId);
            ps.executeUpdate();
        }
        return changed(c, row, Feed.nextSeq(c), fileId, true, call.client().origin(), 200);
    }

    private Answer changed(Connection c, Dossiers.Row row, long seq, UUID fileId, boolean removed, String origin, int status)
            throws Exception {
        Dossiers.Row next = row.next(row.status(), row.content());
        Dossiers.update(c, next);
        ObjectNode event = PortalJson.object();
        event.put("type", removed ? "FILE_TOMBSTONE" : "FILE");
        event.put("uuid", fileId.toString());
        event.put("removed", removed);
        Feed.record(c, seq, Feed.FILE, next, origin, event, ctx.options.feedRetention());
        return DossierRoutes.snapshot(c, next, status);
    }

    private Answer download(Call call, Connection c) throws Exception {
        String sha = Attachments.sha(c, PortalContext.uuid(call, "uuid"));
        if (sha == null) {
            throw PortalError.notFound("Attachment " + call.var("uuid"));
        }
        return new Answer(200, new java.util.LinkedHashMap<>(java.util.Map.of("Content-Type", "application/octet-stream")),
                java.nio.file.Files.readAllBytes(ctx.contentFile(sha)));
    }
}
