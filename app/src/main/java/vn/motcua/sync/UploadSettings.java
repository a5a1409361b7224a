package vn.motcua.sync;

/**
 * How scans go up: the first (and least) chunk, the size chunks may grow to on a fast line, and
 * how many scans upload at once ahead of their links (while the sender's own thread sends the
 * batch). Two at once keep the portal busy: while it writes and flushes one scan, the desk reads,
 * decrypts, hashes and sends the next.
 */
record UploadSettings(int chunk, int maxChunk, int parallel) {
    static final UploadSettings DEFAULT = new UploadSettings(AttachmentUpload.CHUNK, AttachmentUpload.MAX_CHUNK, 2);

    /** Chunks of one fixed size, one scan at a time on the sender's thread (the tests count chunks; the simulation replays a seed). */
    static UploadSettings fixed(int chunk) {
        return new UploadSettings(chunk, chunk, 1);
    }
}
