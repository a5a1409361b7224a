package vn.motcua.encryption;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;

/**
 * The reading half of {@link SealedFile}: reads one whole chunk (and one byte beyond, to know
 * whether it is the last), authenticates and decrypts it, and only then hands its bytes out.
 */
final class OpeningInputStream extends InputStream {
    private static final int SEALED_CHUNK = SealedFile.CHUNK + SealedFile.TAG_BYTES;

    private final InputStream in;
    private final SecretKey key;
    private final String name;
    private final byte[] header;
    private final byte[] sealed = new byte[SEALED_CHUNK];
    private int peeked = -1;
    private long index;
    private byte[] plain = new byte[0];
    private int pos;
    private boolean lastSeen;

    OpeningInputStream(InputStream in, SecretKey key, String name) throws IOException {
        this.in = in;
        this.key = key;
        this.name = name;
        this.header = in.readNBytes(SealedFile.HEADER_BYTES);
        if (header.length < SealedFile.HEADER_BYTES || !Arrays.equals(Arrays.copyOf(header, SealedFile.MAGIC.length), SealedFile.MAGIC)) {
            throw new IOException(name + ": not a sealed file (no MCSEAL01 header)");
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        while (pos == plain.length) {
            if (lastSeen) {
                return -1;
            }
            nextChunk();
        }
        int n = Math.min(len, plain.length - pos);
        System.arraycopy(plain, pos, b, off, n);
        pos += n;
        return n;
    }

    @Override
    public int available() {
        return plain.length - pos;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private void nextChunk() throws IOException {
        int filled = 0;
        if (peeked >= 0) {
            sealed[filled++] = (byte) peeked;
            peeked = -1;
        }
        filled += in.readNBytes(sealed, filled, SEALED_CHUNK - filled);
        boolean last = filled < SEALED_CHUNK || (peeked = in.read()) < 0;
        if (filled < SealedFile.TAG_BYTES) {
            throw new SealBrokenException(name + ": sealed file cut short at chunk " + index + " (damaged or incompletely copied)", null);
        }
        Cipher c = SealedFile.cipher(Cipher.DECRYPT_MODE, key, header, index, last);
        try {
            plain = c.doFinal(sealed, 0, filled);
        } catch (AEADBadTagException e) {
            throw new SealBrokenException(name + ": chunk " + index + " fails its authentication check"
                    + " (the file was altered, truncated or reordered, or this is not its key)", e);
        } catch (GeneralSecurityException e) {
            throw new IOException(name + ": chunk " + index + " cannot be decrypted: " + e.getMessage(), e);
        }
        pos = 0;
        index++;
        lastSeen = last;
    }
}
