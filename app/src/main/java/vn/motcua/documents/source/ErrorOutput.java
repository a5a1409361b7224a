package vn.motcua.documents.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * A child process's standard error, read on its own thread so the process never blocks on a
 * full pipe, keeping only the first few kilobytes (a scanner driver can print megabytes).
 */
final class ErrorOutput {
    private static final int KEEP = 8 * 1024;

    private final byte[] kept = new byte[KEEP];
    private int length;
    private final Thread reader;

    private ErrorOutput(Process process) {
        reader = new Thread(() -> read(process.getErrorStream()), "motcua-scanner-stderr");
        reader.setDaemon(true);
    }

    static ErrorOutput drain(Process process) {
        ErrorOutput out = new ErrorOutput(process);
        out.reader.start();
        return out;
    }

    private void read(InputStream in) {
        byte[] buf = new byte[4096];
        try (in) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                synchronized (this) {
                    int take = Math.min(n, KEEP - length);
                    System.arraycopy(buf, 0, kept, length, take);
                    length += take;
                }
            }
        } catch (IOException e) {
            // the process was killed: what was read is what there is
        }
    }

    /** The first non-blank line written to standard error, or null; waits briefly for the reader to finish. */
    String firstLine() {
        try {
            reader.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String text;
        synchronized (this) {
            text = new String(Arrays.copyOf(kept, length), Charset.defaultCharset());
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
    }
}
