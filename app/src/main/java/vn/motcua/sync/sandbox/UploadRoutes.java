package vn.motcua.sync.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Resumable uploads (tus-like): open by attachment uuid, {@code HEAD} for the offset, chunks
 * written at the server's offset with their own SHA-256, finish checks the whole file. Chunks
 * go to {@code uploads/<uuid>.part} (truncated to the committed offset before each write, so a
 * chunk whose commit failed leaves nothing behind); a finished file moves to the content store.
 * A last chunk sent with {@code Upload-Complete: true} is also the finish (one request and one
 * commit instead of two; a desk that does not send it calls finish as before). An unfinished
 * upload expires {@code --upload-ttl} after its last chunk (fault 15).
 */
final class UploadRoutes {
    static final int MAX_CHUNK = 8 * 1024 * 1024;
    private static final int WRITE_SLICE = 64 * 1024;
    private static final Pattern SHA = Pattern.compile("[0-9a-fA-F]{64}");
    private final PortalContext ctx;

    UploadRoutes(PortalContext ctx) {
        this.ctx = ctx;
    }

    List<Route> routes() {
        return List.of(new Route("PUT", "/v1/uploads/{uuid}", Route.Kind.IDEMPOTENT_LIVE, this::open),
                new Route("HEAD", "/v1/uploads/{uuid}", Route.Kind.READ, this::head),
                new Route("PATCH", "/v1/uploads/{uuid}", Route.Kind.ROW_LOCKED_WRITE, this::chunk),
                new Route("POST", "/v1/uploads/{uuid}/finish", Route.Kind.WRITE, this::finish));
    }

    private record Upload(UUID uuid, String sha256, long bytes, long offset, boolean complete, Instant expires) {
        boolean expiredAt(Instant now) {
            return !complete && !now.isBefore(expires);
        }
    }

    private Answer open(Call call, Connection c) throws Exception {
        UUID id = PortalContext.uuid(call, "uuid");
        ObjectNode body = PortalJson.requestObject(call.body());
        String sha = PortalJson.str(body, "sha256");
        long bytes = body.path("bytes").asLong(-1);
        if (sha == null || !SHA.matcher(sha).matches() || bytes < 0) {
            throw PortalError.badRequest("An upload declares its sha256 (64 hex digits) and size in bytes.",
                    PortalJson.field(sha == null || !SHA.matcher(sha).matches() ? "sha256" : "bytes", "invalid"));
        }
        sha = sha.toLowerCase(java.util.Locale.ROOT);
        Instant now = ctx.clock().instant();
        Upload up = find(c, id, true);
        if (up != null && !up.expiredAt(now)) {
            if (!up.sha256().equals(sha) || up.bytes() != bytes) {
                throw new PortalError(409, "upload_mismatch", "Upload " + id + " was opened for other content.");
            }
            return state(200, up);
        }
        String held = Attachments.sha(c, id);
        if (held != null && !held.equals(sha)) {
            throw new PortalError(409, "upload_mismatch", "Attachment " + id + " is already held with other content.");
        }
        boolean complete = held != null;
        Files.deleteIfExists(ctx.partFile(id));
        Upload fresh = new Upload(id, sha, bytes, complete ? bytes : 0, complete, now.plus(ctx.options.uploadTtl()));
        try (PreparedStatement ps = c.prepareStatement("merge into portal_upload (uuid, sha256, bytes, content_type, upload_offset,"
                + " complete, expires_at) key (uuid) values (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, id);
            ps.setString(2, sha);
            ps.setLong(3, bytes);
            ps.setString(4, PortalJson.str(body, "contentType"));
            ps.setLong(5, fresh.offset());
            ps.setBoolean(6, complete);
            ps.setTimestamp(7, Timestamp.from(fresh.expires()));
            ps.executeUpdate();
        }
        return state(201, fresh);
    }

    private Answer head(Call call, Connection c) throws Exception {
        Upload up = find(c, PortalContext.uuid(call, "uuid"));
        if (up == null) {
            return Answer.empty(404);
        }
        if (up.expiredAt(ctx.clock().instant())) {
            return Answer.empty(410);
        }
        return Answer.empty(200).with("Upload-Offset", String.valueOf(up.offset())).with("Upload-Length", String.valueOf(up.bytes()))
                .with("Upload-Complete", String.valueOf(up.complete())).with("Cache-Control", "no-store");
    }

    private Answer chunk(Call call, Connection c) throws Exception {
        Upload up = live(c, call);
        long at;
        try {
            at = Long.parseLong(String.valueOf(call.header("Upload-Offset")).trim());
        } catch (NumberFormatException e) {
            throw PortalError.badRequest("A chunk names its Upload-Offset.", PortalJson.field("Upload-Offset", "required"));
        }
        byte[] data = call.body() == null ? new byte[0] : call.body();
        if (up.complete() || at != up.offset()) {
            throw offsetMismatch(up);
        }
        String want = call.header("Chunk-SHA256");
        if (want == null || !want.equalsIgnoreCase(Idempotency.sha256Hex(data))) {
            throw new PortalError(400, "chunk_checksum", "The chunk does not match its Chunk-SHA256; send it again.");
        }
        if (data.length > MAX_CHUNK || at + data.length > up.bytes()) {
            throw PortalError.badRequest("A chunk is at most 8 MiB and ends within the declared size.",
                    PortalJson.field("body", "too long"));
        }
        Path part = ctx.partFile(up.uuid());
        try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            ch.truncate(at);
            // in slices: the JDK copies a heap buffer into a temporary direct one of the same size per
            // write, and one of 2 MB cost ~7 ms a write where 64 KB slices cost ~0.7 ms for the lot
            long pos = at;
            for (int from = 0; from < data.length; from += WRITE_SLICE) {
                ByteBuffer buf = ByteBuffer.wrap(data, from, Math.min(WRITE_SLICE, data.length - from));
                while (buf.hasRemaining()) {
                    pos += ch.write(buf, pos);
                }
            }
            ch.force(true);
        }
        long offset = at + data.length;
        try (PreparedStatement ps = c.prepareStatement("update portal_upload set upload_offset = ?, expires_at = ? where uuid = ?")) {
            ps.setLong(1, offset);
            ps.setTimestamp(2, Timestamp.from(ctx.clock().instant().plus(ctx.options.uploadTtl())));
            ps.setObject(3, up.uuid());
            ps.executeUpdate();
        }
        if (offset == up.bytes() && completes(call)) {
            // the same checks and the same answers as a finish, in this chunk's transaction
            // a chunk that is the whole file was just hashed whole: no need to read it back
            String whole = at == 0 ? want.toLowerCase(java.util.Locale.ROOT) : null;
            Answer done = complete(c, new Upload(up.uuid(), up.sha256(), up.bytes(), offset, false, up.expires()), whole);
            return done.status() == 200 ? done.with("Upload-Offset", String.valueOf(offset)) : done;
        }
        return Answer.empty(204).with("Upload-Offset", String.valueOf(offset));
    }

    /** The desk says this chunk is its last: verify and keep the file now. */
    private static boolean completes(Call call) {
        String h = call.header("Upload-Complete");
        return h != null && ("true".equalsIgnoreCase(h.trim()) || "?1".equals(h.trim()));
    }

    private Answer finish(Call call, Connection c) throws Exception {
        Upload up = live(c, call);
        if (up.complete()) {
            return finished(up);
        }
        if (up.offset() < up.bytes()) {
            throw offsetMismatch(up);
        }
        return complete(c, up, null);
    }

    /**
     * Checks every byte of an upload held whole against its SHA-256 and keeps it, or restarts it at 0.
     *
     * @param hashed the SHA-256 of all its bytes when known already, else null: the file is read
     */
    private Answer complete(Connection c, Upload up, String hashed) throws Exception {
        Path part = ctx.partFile(up.uuid());
        Path content = ctx.contentFile(up.sha256());
        Path source = Files.exists(part) ? part : content; // a finish whose commit failed already moved it
        String actual = !Files.exists(source) ? "" : hashed != null ? hashed : hash(source, up.bytes());
        if (!actual.equals(up.sha256())) {
            Files.deleteIfExists(part);
            try (PreparedStatement ps = c.prepareStatement("update portal_upload set upload_offset = 0 where uuid = ?")) {
                ps.setObject(1, up.uuid());
                ps.executeUpdate();
            }
            // returned, not thrown: the restart at 0 must be committed with the refusal
            return new PortalError(422, "hash_mismatch", "The uploaded bytes do not hash to the declared sha256; upload again from 0.")
                    .answer().with("Upload-Offset", "0");
        }
        if (source == part) {
            Files.move(part, content, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        try (PreparedStatement ps = c.prepareStatement("update portal_upload set complete = true where uuid = ?")) {
            ps.setObject(1, up.uuid());
            ps.executeUpdate();
        }
        Attachments.record(c, up.uuid(), up.sha256(), up.bytes());
        return finished(up);
    }

    private static Answer finished(Upload up) {
        ObjectNode out = PortalJson.object();
        out.put("complete", true);
        out.put("sha256", up.sha256());
        out.put("bytes", up.bytes());
        return Answer.json(200, out);
    }

    /** The upload, its row locked until the transaction ends (a chunk and a finish or reopen of it wait for each other). */
    private Upload live(Connection c, Call call) throws Exception {
        Upload up = find(c, PortalContext.uuid(call, "uuid"), true);
        if (up == null) {
            throw PortalError.notFound("Upload " + call.var("uuid"));
        }
        if (up.expiredAt(ctx.clock().instant())) {
            throw new PortalError(410, "upload_expired", "The upload expired; open it again to start over.");
        }
        return up;
    }

    private static PortalError offsetMismatch(Upload up) {
        ObjectNode body = PortalError.body("offset_mismatch", "The portal holds " + up.offset() + " bytes of this upload.", null);
        body.put("offset", up.offset());
        return new PortalError(Answer.json(409, body).with("Upload-Offset", String.valueOf(up.offset())));
    }

    private Answer state(int status, Upload up) {
        ObjectNode out = PortalJson.object();
        out.put("offset", up.offset());
        out.put("complete", up.complete());
        out.put("expiresAt", up.expires().toString());
        return Answer.json(status, out);
    }

    private static String hash(Path file, long bytes) throws Exception {
        MessageDigest sha = Idempotency.sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            byte[] buf = new byte[64 * 1024];
            long left = bytes;
            int n;
            while (left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0) {
                left -= n;
            }
            if (left > 0 || in.read() >= 0) {
                return "";
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Upload find(Connection c, UUID id) throws Exception {
        return find(c, id, false);
    }

    private static Upload find(Connection c, UUID id, boolean lock) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "select sha256, bytes, upload_offset, complete, expires_at from portal_upload where uuid = ?" + (lock ? " for update" : ""))) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new Upload(id, rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant()) : null;
            }
        }
    }
}
