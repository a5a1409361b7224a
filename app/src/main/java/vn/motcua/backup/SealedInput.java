package vn.motcua.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import vn.motcua.common.UserFacingException;

/**
 * Reads back what {@link SealedOutput} wrote: each chunk is opened and its tag checked before one
 * byte of it is handed on, so a flipped byte anywhere stops the reader at that chunk with the
 * "damaged" sentence (naming where), and the content never comes out unauthenticated.
 */
final class SealedInput extends InputStream {
    private final InputStream in;
    private final Path file;
    private final BackupHeader header;
    private final BackupKey key;
    private final byte[] aad;
    private final byte[] sealed;
    private final byte[] plain;
    private final Cipher cipher;
    private final BackupProgress progress;
    private int pos;
    private int limit;
    private long chunk;
    private long read;

    /** {@code in} is positioned just after the header. */
    SealedInput(InputStream in, Path file, BackupHeader header, BackupKey key, BackupProgress progress) {
        this.in = in;
        this.file = file;
        this.header = header;
        this.key = key;
        this.aad = header.bytes();
        this.sealed = new byte[header.chunkSize() + BackupHeader.TAG];
        this.plain = new byte[header.chunkSize()];
        this.progress = progress;
        try {
            this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is part of every Java 17", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (pos == limit) { // an empty last chunk opens to nothing
            if (!open()) {
                return -1;
            }
        }
        int n = Math.min(len, limit - pos);
        System.arraycopy(plain, pos, b, off, n);
        pos += n;
        return n;
    }

    /** Opens the next chunk; false after the last one. */
    private boolean open() throws IOException {
        if (chunk == header.chunks()) {
            return false;
        }
        long remaining = header.contentLength() - read;
        int size = (int) Math.min(header.chunkSize(), remaining);
        boolean last = chunk == header.chunks() - 1;
        int want = size + BackupHeader.TAG;
        int got = in.readNBytes(sealed, 0, want);
        if (got < want) {
            throw new UserFacingException("backup.truncated", file,
                    BackupHeader.megabytes(BackupHeader.SIZE + read + chunk * BackupHeader.TAG + got),
                    BackupHeader.megabytes(header.fileSize()));
        }
        try {
            cipher.init(Cipher.DECRYPT_MODE, key.content(), new GCMParameterSpec(128, SealedOutput.nonce(header.noncePrefix(), chunk, last)));
            cipher.updateAAD(aad);
            limit = cipher.doFinal(sealed, 0, want, plain, 0);
        } catch (AEADBadTagException e) {
            throw new UserFacingException(e, "backup.damaged", file, BackupHeader.megabytes(read));
        } catch (GeneralSecurityException e) {
            throw new IOException("could not open chunk " + chunk, e);
        }
        pos = 0;
        read += limit;
        chunk++;
        progress.progress(read, header.contentLength());
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
