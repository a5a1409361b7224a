package vn.motcua.sync.sim;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;

/** Resumable uploads of the simulated portal: offsets, expiry, whole-file hash check. */
public final class SimUploads {
    static final Duration TTL = Duration.ofDays(3);

    private static final class Upload {
        final String sha;
        final long bytes;
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
        Instant expiresAt;
        boolean complete;

        Upload(String sha, long bytes, Instant expiresAt) {
            this.sha = sha;
            this.bytes = bytes;
            this.expiresAt = expiresAt;
        }
    }

    private final Map<UUID, Upload> uploads = new HashMap<>();
    /** Complete attachments: uuid → bytes. */
    public final Map<UUID, byte[]> attachments = new HashMap<>();
    private final Supplier<Instant> now;

    SimUploads(Supplier<Instant> now) {
        this.now = now;
    }

    boolean holds(UUID attachment, String sha) {
        byte[] b = attachments.get(attachment);
        return b != null && sha256(b).equals(sha);
    }

    PortalAnswer open(UUID id, String sha, long bytes, SimPortal p) {
        Upload u = uploads.get(id);
        if (u != null && !expired(u) && (!u.sha.equals(sha) || u.bytes != bytes)) {
            return p.refused(409, "upload_mismatch", null);
        }
        int status = 200;
        if (u == null || expired(u) && !u.complete) {
            u = new Upload(sha, bytes, now.get().plus(TTL));
            uploads.put(id, u);
            status = 201;
        }
        return new Accepted(status, SimDossier.object().put("offset", u.data.size()).put("complete", u.complete), null, now.get());
    }

    PortalAnswer head(UUID id, SimPortal p) {
        Upload u = uploads.get(id);
        if (u == null) {
            return p.refused(404, "not_found", null);
        }
        if (expired(u) && !u.complete) {
            return p.refused(410, "upload_expired", null);
        }
        return new Accepted(200, SimDossier.object().put("offset", u.data.size()).put("length", u.bytes).put("complete", u.complete),
                null, now.get());
    }

    PortalAnswer chunk(UUID id, long offset, byte[] chunk, int length, SimPortal p) {
        Upload u = uploads.get(id);
        if (u == null) {
            return p.refused(404, "not_found", null);
        }
        if (expired(u) && !u.complete) {
            return p.refused(410, "upload_expired", null);
        }
        if (offset != u.data.size()) {
            return p.refused(409, "offset_mismatch", SimDossier.object().put("offset", u.data.size()));
        }
        u.data.write(chunk, 0, length);
        return new Accepted(204, SimDossier.object().put("offset", u.data.size()), null, now.get());
    }

    PortalAnswer finish(UUID id, SimPortal p) {
        Upload u = uploads.get(id);
        if (u == null) {
            return p.refused(404, "not_found", null);
        }
        byte[] all = u.data.toByteArray();
        if (!sha256(all).equals(u.sha)) {
            u.data.reset();
            return p.refused(422, "hash_mismatch", null);
        }
        u.complete = true;
        attachments.put(id, all);
        return new Accepted(200, SimDossier.object().put("complete", true).put("sha256", u.sha).put("bytes", all.length), null, now.get());
    }

    /** A long offline period: every unfinished upload expires (fault 15). */
    public void expireAll() {
        uploads.values().forEach(u -> u.expiresAt = now.get().minusSeconds(1));
    }

    private boolean expired(Upload u) {
        return now.get().isAfter(u.expiresAt);
    }

    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
