package vn.motcua.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import javax.crypto.Mac;
import vn.motcua.common.UserFacingException;

/**
 * The small plain header at the start of a {@code .mcbak} file: what is needed to derive the key
 * and to read the rest, and nothing about the office. Layout (big-endian, {@value #SIZE} bytes):
 * magic {@code MOTCUABK}, format version (u16), kind (u8), creation time (epoch ms, i64),
 * PBKDF2 iterations (i32), salt (16), nonce prefix (7), chunk size (i32), content length (i64),
 * the first 16 bytes of the SHA-256 of all that (tells a damaged header from a wrong passphrase),
 * and 16 bytes of HMAC-SHA256 with the check key (tells a wrong passphrase before any content).
 * The whole header is also the associated data of every sealed chunk, so none of it can change.
 */
record BackupHeader(int version, BackupKind kind, Instant createdAt, int iterations, byte[] salt, byte[] noncePrefix,
                    int chunkSize, long contentLength, byte[] keyCheck) {
    static final byte[] MAGIC = "MOTCUABK".getBytes(StandardCharsets.US_ASCII);
    static final int VERSION = 1;
    /**
     * 64 KiB: small enough that the JIT compiles the GCM path (and its AES/GHASH intrinsics) within
     * the first few hundred megabytes of a fresh process (one 1 MiB call per chunk stayed in the
     * interpreter for over a gigabyte: 20 s instead of 1 s), large enough that the tags cost 0.02 %.
     */
    static final int CHUNK = 1 << 16;
    static final int TAG = 16;
    private static final int BODY = 8 + 2 + 1 + 8 + 4 + 16 + 7 + 4 + 8;
    static final int SIZE = BODY + 16 + 16;

    /** A header for a new file: fresh random salt and nonce prefix, key check computed with {@code key}. */
    static BackupHeader create(BackupKind kind, Instant createdAt, long contentLength, byte[] salt, BackupKey key) {
        byte[] prefix = new byte[7];
        new SecureRandom().nextBytes(prefix);
        BackupHeader draft = new BackupHeader(VERSION, kind, createdAt, BackupKey.ITERATIONS, salt, prefix, CHUNK, contentLength,
                new byte[16]);
        return new BackupHeader(VERSION, kind, createdAt, BackupKey.ITERATIONS, salt, prefix, CHUNK, contentLength,
                draft.expectedKeyCheck(key));
    }

    static byte[] newSalt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** Chunks of the content: full ones, then a shorter (or full) last one; at least one. */
    long chunks() {
        return Math.max(1, (contentLength + chunkSize - 1) / chunkSize);
    }

    /** The size the whole file must have: a shorter one was cut off, a longer one was tampered with. */
    long fileSize() {
        return SIZE + contentLength + chunks() * TAG;
    }

    byte[] bytes() {
        ByteBuffer b = ByteBuffer.allocate(SIZE);
        b.put(body());
        b.put(digest(body()));
        b.put(keyCheck);
        return b.array();
    }

    private byte[] body() {
        ByteBuffer b = ByteBuffer.allocate(BODY);
        b.put(MAGIC).putShort((short) version).put((byte) kind.ordinal()).putLong(createdAt.toEpochMilli()).putInt(iterations)
                .put(salt).put(noncePrefix).putInt(chunkSize).putLong(contentLength);
        return b.array();
    }

    byte[] expectedKeyCheck(BackupKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key.check());
            mac.update(body());
            mac.update(digest(body()));
            return Arrays.copyOf(mac.doFinal(), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17", e);
        }
    }

    /** Whether {@code key} (from the passphrase typed) is the one this file was sealed with. */
    boolean opensWith(BackupKey key) {
        return MessageDigest.isEqual(expectedKeyCheck(key), keyCheck);
    }

    /**
     * Reads and checks the header of {@code file}: not a backup, a newer format, a damaged or
     * cut header each end in their own sentence.
     */
    static BackupHeader read(InputStream in, Path file) throws IOException {
        byte[] all = new byte[SIZE];
        int got = in.readNBytes(all, 0, SIZE);
        if (got < MAGIC.length || !Arrays.equals(Arrays.copyOf(all, MAGIC.length), MAGIC)) {
            throw new UserFacingException("backup.notABackup", file);
        }
        if (got < SIZE) {
            throw new UserFacingException("backup.truncated", file, megabytes(got), "?");
        }
        ByteBuffer b = ByteBuffer.wrap(all);
        b.position(MAGIC.length);
        int version = Short.toUnsignedInt(b.getShort());
        if (version > VERSION) { // a later MotCua's file: its header may be laid out differently
            throw new UserFacingException("backup.newerFormat", file, String.valueOf(version));
        }
        if (version != VERSION || !Arrays.equals(digest(Arrays.copyOf(all, BODY)), Arrays.copyOfRange(all, BODY, BODY + 16))) {
            throw new UserFacingException("backup.damagedHeader", file);
        }
        int kind = b.get();
        if (kind < 0 || kind >= BackupKind.values().length) {
            throw new UserFacingException("backup.damagedHeader", file);
        }
        Instant created = Instant.ofEpochMilli(b.getLong());
        int iterations = b.getInt();
        byte[] salt = new byte[16];
        b.get(salt);
        byte[] prefix = new byte[7];
        b.get(prefix);
        int chunk = b.getInt();
        long length = b.getLong();
        if (iterations < 1 || chunk < 1 || length < 0) {
            throw new UserFacingException("backup.damagedHeader", file);
        }
        return new BackupHeader(version, BackupKind.values()[kind], created, iterations, salt, prefix, chunk, length,
                Arrays.copyOfRange(all, BODY + 16, SIZE));
    }

    private static byte[] digest(byte[] body) {
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(body), 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

}
