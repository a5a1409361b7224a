package vn.motcua.encryption;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * One file encrypted and authenticated at rest (AES-256-GCM), written and read as a stream.
 * Java's GCM keeps a whole message in memory when decrypting, so a file is cut into chunks of
 * {@link #CHUNK} bytes, each its own GCM message: a 200-page scan never has to fit in memory.
 *
 * <p>Layout: {@code MCSEAL01} + a random {@value #PREFIX_BYTES}-byte nonce prefix (the header),
 * then each chunk's ciphertext with its 16-byte tag. A chunk's nonce is the prefix, the chunk's
 * number and a flag set only on the last chunk; every chunk carries the header as associated
 * data. So a chunk moved, dropped, or cut off at the end fails its tag, and a file cut exactly
 * at a chunk boundary fails too (its new last chunk was not sealed as the last). The content
 * length need not be known up front: the writer holds one chunk back until it knows whether more
 * follows. A file is canonical (a trailing empty chunk only for empty content), so the plain
 * length follows from the sealed length ({@link #plainSize}).
 */
public final class SealedFile {
    /** The first bytes of every sealed file (a PDF starts with {@code %PDF}). */
    static final byte[] MAGIC = "MCSEAL01".getBytes(StandardCharsets.US_ASCII);
    static final int PREFIX_BYTES = 7;
    static final int HEADER_BYTES = MAGIC.length + PREFIX_BYTES;
    /** Plain bytes per chunk. */
    public static final int CHUNK = 64 * 1024;
    static final int TAG_BYTES = 16;
    private static final int TAG_BITS = TAG_BYTES * 8;

    private SealedFile() {
    }

    /**
     * A stream that seals what is written to it into {@code out}; closing it writes the last chunk
     * and closes {@code out}. Nothing is complete (nor readable) until it is closed.
     */
    public static OutputStream seal(OutputStream out, SecretKey key) throws IOException {
        return new SealingOutputStream(out, key);
    }

    /**
     * The plain content of the sealed stream {@code in}. Each chunk is authenticated before any of
     * its bytes is handed out; a damaged, reordered or truncated file, or the wrong key, gives an
     * {@link IOException} naming {@code nameForMessages} and the chunk.
     */
    public static InputStream open(InputStream in, SecretKey key, String nameForMessages) throws IOException {
        return new OpeningInputStream(in, key, nameForMessages);
    }

    /** Whether {@code file} starts with the sealed-file magic (false for an empty or short file). */
    public static boolean isSealed(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return startsSealed(in.readNBytes(MAGIC.length));
        }
    }

    /** Whether the first bytes of a file, {@code head}, are the sealed-file magic. */
    public static boolean startsSealed(byte[] head) {
        return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** The plain length of a well-formed sealed file of {@code sealedBytes} bytes (-1 when no such file can exist). */
    public static long plainSize(long sealedBytes) {
        long body = sealedBytes - HEADER_BYTES;
        if (body < TAG_BYTES) {
            return -1;
        }
        long chunks = (body + CHUNK + TAG_BYTES - 1) / (CHUNK + TAG_BYTES);
        long plain = body - chunks * TAG_BYTES;
        return plain < 0 ? -1 : plain;
    }

    /** The 12-byte GCM nonce of chunk {@code index}: prefix, big-endian number, last-chunk flag. */
    static byte[] nonce(byte[] prefix, long index, boolean last) {
        if (index > 0xFFFF_FFFFL) {
            throw new IllegalStateException("a sealed file holds at most 2^32 chunks");
        }
        return ByteBuffer.allocate(12).put(prefix).putInt((int) index).put((byte) (last ? 1 : 0)).array();
    }

    static Cipher cipher(int mode, SecretKey key, byte[] header, long index, boolean last) throws IOException {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce(Arrays.copyOfRange(header, MAGIC.length, HEADER_BYTES), index, last)));
            c.updateAAD(header);
            return c;
        } catch (java.security.InvalidKeyException e) {
            throw new IOException("not an AES key usable for sealing: " + e.getMessage(), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java 17", e);
        }
    }
}
