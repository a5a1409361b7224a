package vn.motcua.sync;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;
import vn.motcua.documents.DocumentStore;
import vn.motcua.sync.portal.PortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.Refused;

/**
 * Sends one scanned file the resumable way, then links it to its dossier. It always asks the
 * portal how much it holds and resumes there (faults 12, 13, 26, 27: nothing restarts from
 * zero), resends a chunk refused for its checksum (fault 14), opens a new upload for the same
 * attachment UUID when the old one expired (fault 15), and uploads again when the link is
 * refused for a missing attachment (fault 16). The bytes come from the content-addressed
 * store by SHA-256, plain (the portal gets the PDF, not the sealed file on disk); the
 * attachment UUID is the document ID.
 */
final class AttachmentUpload {
    static final int CHUNK = 1024 * 1024;
    private static final int ROUNDS = 3;
    private static final int CHUNK_RETRIES = 3;
    private static final Refused EXPIRED = new Refused(410, "upload_expired", "expired", Map.of(), null, null);

    private final PortalAdapter portal;
    private final DocumentStore files;
    private final int chunkSize;
    private final SyncListener listener;

    AttachmentUpload(PortalAdapter portal, DocumentStore files, int chunkSize, SyncListener listener) {
        this.portal = portal;
        this.files = files;
        this.chunkSize = chunkSize;
        this.listener = listener;
    }

    /** Uploads {@code link}'s attachment (unless the portal holds it complete), then sends the link itself. */
    PortalAnswer send(EntryRequest link) {
        UUID dossier = link.dossier();
        UUID opId = link.opId();
        UUID attachment = link.attachment().uuid();
        String sha = link.attachment().sha256();
        if (!Files.isReadable(files.pathOf(sha))) {
            return new Refused(0, "file_unavailable", "the scan is not in the document store yet", Map.of(), null, null);
        }
        long bytes;
        try {
            bytes = files.size(sha);
        } catch (IOException e) {
            return new Refused(0, "file_unavailable", e.getMessage(), Map.of(), null, null);
        }
        UUID key = UUID.nameUUIDFromBytes(("upload:" + opId).getBytes(StandardCharsets.UTF_8));
        PortalAnswer last = null;
        for (int round = 0; round < ROUNDS; round++) {
            PortalAnswer open = portal.openUpload(attachment, key, sha, bytes, "application/pdf");
            if (!(open instanceof Accepted opened)) {
                if (expired(open)) {
                    key = UUID.randomUUID(); // a new upload: the old key would replay the expired one's answer
                    last = open;
                    continue;
                }
                return open;
            }
            if (!opened.body().path("complete").asBoolean(false)) {
                // a fresh upload (201) holds nothing yet: no need to ask where it stands
                PortalAnswer stop = transfer(dossier, opId, attachment, sha, bytes, opened.status() == 201 ? 0L : null);
                if (stop == EXPIRED) {
                    key = UUID.randomUUID();
                    last = stop;
                    continue;
                }
                if (stop != null) {
                    return stop;
                }
                PortalAnswer finish = portal.finishUpload(attachment);
                if (finish instanceof Refused r && "hash_mismatch".equals(r.error())) {
                    last = finish; // the portal restarts the upload at 0; so do we
                    continue;
                }
                if (!(finish instanceof Accepted)) {
                    return finish;
                }
            }
            PortalAnswer linked = portal.putFile(dossier, link.target(), opId, link.body());
            if (linked instanceof Refused r && "attachment_missing".equals(r.error()) && round + 1 < ROUNDS) {
                last = linked; // the portal lost or expired it: upload again (fault 16)
                continue;
            }
            return linked;
        }
        return last;
    }

    /**
     * Sends the missing bytes; null when all are there, else the answer to stop with ({@link #EXPIRED} to reopen).
     *
     * @param known the offset when certain (a fresh upload), else null: the portal is asked
     */
    private PortalAnswer transfer(UUID dossier, UUID opId, UUID attachment, String sha, long bytes, Long known) {
        long offset;
        if (known != null) {
            offset = known;
        } else {
            PortalAnswer head = portal.uploadOffset(attachment);
            if (expired(head) || head instanceof Refused r && r.status() == 404) {
                return EXPIRED;
            }
            if (!(head instanceof Accepted h)) {
                return head;
            }
            if (h.body().path("complete").asBoolean(false)) {
                return null;
            }
            offset = h.body().path("offset").asLong(0);
        }
        int checksumRefusals = 0;
        int mismatches = 0;
        byte[] buffer = new byte[chunkSize];
        try (ScanReader scan = new ScanReader(files, sha)) {
            while (offset < bytes) {
                int length = (int) Math.min(chunkSize, bytes - offset);
                if (!scan.readAt(offset, buffer, length)) {
                    return new Refused(0, "file_unavailable", "the stored scan is shorter than recorded", Map.of(), null, null);
                }
                PortalAnswer sent = portal.sendChunk(attachment, offset, buffer, length);
                if (sent instanceof Accepted a) {
                    offset = a.body() != null && a.body().has("offset") ? a.body().path("offset").asLong() : offset + length;
                    listener.onEvent(new SyncEvent(SyncEvent.Kind.UPLOAD_PROGRESS, dossier, opId, null, offset, bytes));
                } else if (sent instanceof Refused r && "chunk_checksum".equals(r.error()) && ++checksumRefusals <= CHUNK_RETRIES) {
                    continue; // the chunk was damaged on the way: the same bytes again (fault 14)
                } else if (sent instanceof Refused r && "offset_mismatch".equals(r.error()) && ++mismatches <= CHUNK_RETRIES) {
                    PortalAnswer again = portal.uploadOffset(attachment); // ask where the portal stands (fault 13)
                    if (!(again instanceof Accepted g)) {
                        return expired(again) ? EXPIRED : again;
                    }
                    offset = g.body().path("offset").asLong(0);
                } else if (expired(sent)) {
                    return EXPIRED;
                } else {
                    return sent;
                }
            }
        } catch (IOException e) {
            return new Refused(0, "file_unavailable", e.getMessage(), Map.of(), null, null);
        }
        return null;
    }

    private static boolean expired(PortalAnswer a) {
        return a instanceof Refused r && ("upload_expired".equals(r.error()) || r.status() == 410);
    }

    /**
     * Reads a stored scan's plain bytes at the offsets the portal asks for. A sealed file can only
     * be read from its start, so reading goes forward and reopens when the portal sends us back.
     */
    private static final class ScanReader implements AutoCloseable {
        private final DocumentStore files;
        private final String sha;
        private InputStream in;
        private long position;

        ScanReader(DocumentStore files, String sha) {
            this.files = files;
            this.sha = sha;
        }

        /** Fills {@code buffer[0, length)} from {@code offset}; false when the scan ends before. */
        boolean readAt(long offset, byte[] buffer, int length) throws IOException {
            if (in == null || offset < position) {
                close();
                in = files.open(sha);
                position = 0;
            }
            in.skipNBytes(offset - position);
            int n = in.readNBytes(buffer, 0, length);
            position = offset + n;
            return n == length;
        }

        @Override
        public void close() throws IOException {
            if (in != null) {
                in.close();
                in = null;
            }
        }
    }
}
