package vn.motcua.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;
import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The content of a backup, sealed chunk by chunk with AES-256-GCM as it is written: a 10 GB
 * document store never sits in memory, and Java's GCM (which holds a whole message until its tag
 * is checked when decrypting) only ever sees one megabyte. Each chunk's nonce is the file's random
 * prefix, the chunk number and a last-chunk flag, and its associated data is the whole header, so
 * chunks cannot be reordered, dropped, cut short or moved into another file without failing.
 */
final class SealedOutput extends OutputStream {
    private final WritableByteChannel out;
    private final BackupHeader header;
    private final BackupKey key;
    private final byte[] aad;
    private final byte[] plain;
    private final byte[] sealed;
    private final Cipher cipher;
    private final BackupProgress progress;
    /** Sealed chunks gathered into one write of about a megabyte. */
    private final ByteBuffer pending;
    private int filled;
    private long written;
    private long chunk;
    private boolean closed;

    SealedOutput(WritableByteChannel out, BackupHeader header, BackupKey key, BackupProgress progress) throws IOException {
        this.out = out;
        this.header = header;
        this.key = key;
        this.aad = header.bytes();
        this.plain = new byte[header.chunkSize()];
        this.sealed = new byte[header.chunkSize() + BackupHeader.TAG];
        this.progress = progress;
        this.pending = ByteBuffer.allocate(16 * sealed.length);
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java 17", e);
        }
        writeFully(ByteBuffer.wrap(aad));
    }

    static byte[] nonce(byte[] prefix, long chunk, boolean last) {
        ByteBuffer n = ByteBuffer.allocate(12);
        n.put(prefix).putInt((int) chunk).put((byte) (last ? 1 : 0));
        return n.array();
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (written + len > header.contentLength()) {
            throw new IOException("more content than the header announced (" + header.contentLength() + " bytes)");
        }
        while (len > 0) {
            int n = Math.min(len, plain.length - filled);
            System.arraycopy(b, off, plain, filled, n);
            filled += n;
            written += n;
            off += n;
            len -= n;
            if (filled == plain.length) {
                seal(written == header.contentLength());
            }
        }
    }

    private void seal(boolean last) throws IOException {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key.content(), new GCMParameterSpec(128, nonce(header.noncePrefix(), chunk, last)));
            cipher.updateAAD(aad);
            int n = cipher.doFinal(plain, 0, filled, sealed, 0);
            if (pending.remaining() < n) {
                drain();
            }
            pending.put(sealed, 0, n);
        } catch (GeneralSecurityException e) {
            throw new IOException("could not seal chunk " + chunk, e);
        }
        chunk++;
        filled = 0;
        progress.progress(written, header.contentLength());
    }

    private void drain() throws IOException {
        pending.flip();
        writeFully(pending);
        pending.clear();
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    /** Seals the last chunk; the content must be exactly as long as the header said. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (written != header.contentLength()) {
            throw new IOException("content ended after " + written + " of " + header.contentLength() + " bytes");
        }
        if (chunk == 0 || filled > 0) {
            seal(true);
        }
        drain();
    }
}
