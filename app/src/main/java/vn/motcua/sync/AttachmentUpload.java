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
    /** The largest chunk a growing upload sends (the sandbox portal takes up to 8 MiB). */
    static final int MAX_CHUNK = 8 * 1024 * 1024;
    /** A grown chunk is what the line carried in about this long at the last chunk's pace. */
    private static final long CHUNK_NANOS = 2_000_000_000L;
    private static final int ROUNDS = 3;
    private static final int CHUNK_RETRIES = 3;
    private static final Refused EXPIRED = new Refused(410, "upload_expired", "expired", Map.of(), null, null);
    /** What {@link #transfer} answers when the last chunk also finished the upload. */
    private static final Accepted FINISHED = new Accepted(200, null, null, null);

    private final PortalAdapter portal;
    private final DocumentStore files;
    private final int chunkSize;
    private final int maxChunk;
    private final SyncListener listener;
    /** The size of the next chunk: {@code chunkSize} at first, grown on a fast line, back to it after a failure (shared by parallel uploads). */
    private volatile int chunk;

    /**
     * @param chunkSize the size of the first chunk, and the least a chunk is sent with (a slow line's progress is kept per chunk)
     * @param maxChunk up to where chunks grow while the line carries them quickly ({@code chunkSize}: a fixed size)
     */
    AttachmentUpload(PortalAdapter portal, DocumentStore files, int chunkSize, int maxChunk, SyncListener listener) {
        this.portal = portal;
        this.files = files;
        this.chunkSize = chunkSize;
        this.maxChunk = Math.max(chunkSize, maxChunk);
        this.listener = listener;
        this.chunk = chunkSize;
    }

    /** Uploads {@code link}'s attachment (unless the portal holds it complete), then sends the link itself. */
    PortalAnswer send(EntryRequest link) {
        PortalAnswer last = null;
        for (int round = 0; round < ROUNDS; round++) {
            PortalAnswer stop = upload(link);
            if (stop != null) {
                return stop;
            }
            PortalAnswer linked = portal.putFile(link.dossier(), link.target(), link.opId(), link.body());
            if (linked instanceof Refused r && "attachment_missing".equals(r.error()) && round + 1 < ROUNDS) {
                last = linked; // the portal lost or expired it: upload again (fault 16)
                continue;
            }
            return linked;
        }
        return last;
    }

    /**
     * Puts {@code link}'s attachment on the portal, complete and checked, without linking it:
     * null once the portal holds it, else the answer to stop with. Nothing of the dossier changes
     * on the portal, so this may run ahead of the dossier's queue; the link follows (in a batch).
     */
    PortalAnswer upload(EntryRequest link) {
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
            if (opened.body().path("complete").asBoolean(false)) {
                return null;
            }
            // a fresh upload (201) holds nothing yet: no need to ask where it stands
            PortalAnswer stop = transfer(dossier, opId, attachment, sha, bytes, opened.status() == 201 ? 0L : null);
            if (stop == EXPIRED) {
                key = UUID.randomUUID();
                last = stop;
                continue;
            }
            PortalAnswer finish = stop == null ? portal.finishUpload(attachment) : stop;
            if (finish instanceof Refused r && "hash_mismatch".equals(r.error())) {
                last = finish; // the portal restarts the upload at 0; so do we
                continue;
            }
            if (!(finish instanceof Accepted)) {
                return finish;
            }
            return null;
        }
        return last;
    }

    /**
     * Sends the missing bytes, the last chunk asking the portal to finish the upload with it.
     * Answers null when all bytes are there but the portal did not finish it (the caller finishes),
     * {@link #FINISHED} when it did, else the answer to stop with ({@link #EXPIRED} to reopen; a
     * refused hash as the portal gave it).
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
                return FINISHED;
            }
            offset = h.body().path("offset").asLong(0);
        }
        int checksumRefusals = 0;
        int mismatches = 0;
        byte[] buffer = new byte[chunk];
        try (ScanReader scan = new ScanReader(files, sha)) {
            while (offset < bytes) {
                int length = (int) Math.min(chunk, bytes - offset);
                if (buffer.length < length) {
                    buffer = new byte[length];
                }
                if (!scan.readAt(offset, buffer, length)) {
                    return new Refused(0, "file_unavailable", "the stored scan is shorter than recorded", Map.of(), null, null);
                }
                boolean last = offset + length == bytes;
                long started = System.nanoTime();
                PortalAnswer sent = last ? portal.sendLastChunk(attachment, offset, buffer, length)
                        : portal.sendChunk(attachment, offset, buffer, length);
                if (sent instanceof Accepted a) {
                    chunk = nextChunk(chunkSize, maxChunk, length, System.nanoTime() - started);
                    offset = a.body() != null && a.body().has("offset") ? a.body().path("offset").asLong() : offset + length;
                    listener.onEvent(new SyncEvent(SyncEvent.Kind.UPLOAD_PROGRESS, dossier, opId, null, offset, bytes));
                    if (last && a.body() != null && a.body().path("complete").asBoolean(false)) {
                        return FINISHED;
                    }
                    continue;
                }
                chunk = chunkSize; // whatever went wrong, the next chunks start small again
                if (sent instanceof Refused r && "chunk_checksum".equals(r.error()) && ++checksumRefusals <= CHUNK_RETRIES) {
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

    /**
     * The next chunk's size after {@code bytes} went in {@code nanos}: what the line carries in
     * about two seconds at that pace, between {@code floor} and {@code ceiling}. A fast line then
     * sends a scan in one request (one write and one flush on the portal instead of one per MiB);
     * a slow one keeps small chunks, so a cut line loses little (faults 26, 27).
     */
    static int nextChunk(int floor, int ceiling, long bytes, long nanos) {
        double perSecond = bytes * 1e9 / Math.max(1, nanos);
        long size = (long) (perSecond * CHUNK_NANOS / 1e9);
        return (int) Math.max(floor, Math.min(ceiling, size));
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
