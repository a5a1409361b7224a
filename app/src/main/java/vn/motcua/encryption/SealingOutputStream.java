package vn.motcua.encryption;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

/** The writing half of {@link SealedFile}. */
final class SealingOutputStream extends OutputStream {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutputStream out;
    private final SecretKey key;
    private final byte[] header = new byte[SealedFile.HEADER_BYTES];
    private final byte[] chunk = new byte[SealedFile.CHUNK];
    private int filled;
    private long index;
    private boolean closed;

    SealingOutputStream(OutputStream out, SecretKey key) throws IOException {
        this.out = out;
        this.key = key;
        System.arraycopy(SealedFile.MAGIC, 0, header, 0, SealedFile.MAGIC.length);
        byte[] prefix = new byte[SealedFile.PREFIX_BYTES];
        RANDOM.nextBytes(prefix);
        System.arraycopy(prefix, 0, header, SealedFile.MAGIC.length, prefix.length);
        SealedFile.cipher(Cipher.ENCRYPT_MODE, key, header, 0, false); // a wrong key fails here, before anything is written
        out.write(header);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (closed) {
            throw new IOException("sealed stream already closed");
        }
        while (len > 0) {
            if (filled == chunk.length) {
                // more content follows, so the full chunk held back is not the last one
                emit(false);
            }
            int n = Math.min(len, chunk.length - filled);
            System.arraycopy(b, off, chunk, filled, n);
            filled += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush(); // the held-back chunk stays: it may not be the last
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (out) {
            emit(true);
        }
    }

    private void emit(boolean last) throws IOException {
        Cipher c = SealedFile.cipher(Cipher.ENCRYPT_MODE, key, header, index++, last);
        try {
            out.write(c.doFinal(chunk, 0, filled));
        } catch (GeneralSecurityException e) {
            throw new IOException("sealing chunk " + (index - 1) + " failed: " + e.getMessage(), e);
        }
        java.util.Arrays.fill(chunk, 0, filled, (byte) 0);
        filled = 0;
    }
}
