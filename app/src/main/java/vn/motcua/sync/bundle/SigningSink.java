package vn.motcua.sync.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import javax.crypto.Mac;

/**
 * Where the bundle's bytes go on their way to the file: counted (progress), hashed whole
 * (SHA-256, the name the acknowledgement gives the bundle) and, until {@link #stopSigning()},
 * fed to the HMAC. The bundle is written in canonical form, so the bytes before its last
 * member ({@code signature}, which sorts last) are the canonical JSON the portal verifies.
 */
final class SigningSink extends OutputStream {
    private static final long REPORT_EVERY = 256 * 1024;

    private final OutputStream out;
    private final MessageDigest sha256;
    private final Mac mac;
    private final BundleExport.Progress progress;
    private final long total;
    private boolean signing = true;
    private long written;
    private long reported;

    SigningSink(OutputStream out, MessageDigest sha256, Mac mac, BundleExport.Progress progress, long total) {
        this.out = out;
        this.sha256 = sha256;
        this.mac = mac;
        this.progress = progress;
        this.total = total;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        sha256.update(b, off, len);
        if (signing) {
            mac.update(b, off, len);
        }
        written += len;
        if (written - reported >= REPORT_EVERY) {
            reported = written;
            progress.written(written, Math.max(total, written));
        }
    }

    /** Everything after this point is outside the signed text. */
    void stopSigning() {
        signing = false;
    }

    long written() {
        return written;
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
