package vn.motcua.dossier.history;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import vn.motcua.common.UserFacingException;

/**
 * Reads, parses and checks a history file on a thread of its own, handing over checked chunks
 * of lines in file order, while the importing thread writes the previous chunk: the parse and
 * the checks cost about a fifth of an import, and the database writer is the bottleneck, so
 * they run beside it rather than before it (HistoryBench). At most {@link #AHEAD} chunks wait,
 * so memory stays flat.
 */
final class HistoryChunks implements AutoCloseable {
    static final int AHEAD = 2;

    /** One chunk of lines: the good ones checked, the bad ones with their reasons. */
    record Chunk(List<HistoryDossier> dossiers, List<RefusedLine> refused, long lastLine, long bytesRead, boolean last) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean closed;

    HistoryChunks(Path file, int chunkLines, HistoryChecks checks) {
        this.thread = new Thread(() -> run(file, chunkLines, checks), "history-import-reader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The next chunk; after the one marked {@code last} there is none. */
    Chunk next() throws IOException {
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (o instanceof IOException e) {
            throw e;
        }
        if (o instanceof RuntimeException e) {
            throw e;
        }
        return (Chunk) o;
    }

    private void run(Path file, int chunkLines, HistoryChecks checks) {
        HistoryLineReader reader = new HistoryLineReader();
        try (Counting in = new Counting(Files.newInputStream(file));
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<HistoryDossier> good = new ArrayList<>(chunkLines);
            List<RefusedLine> bad = new ArrayList<>();
            long lineNo = 0;
            String text;
            while ((text = lines.readLine()) != null) {
                lineNo++;
                if (!text.isBlank()) { // a blank line (the file's last newline) is no record
                    try {
                        good.add(checks.check(lineNo, reader.read(text)));
                    } catch (UserFacingException e) {
                        bad.add(new RefusedLine(lineNo, e.key(), e.args()));
                    }
                }
                if (lineNo % chunkLines == 0) {
                    put(new Chunk(good, bad, lineNo, in.count, false));
                    good = new ArrayList<>(chunkLines);
                    bad = new ArrayList<>();
                }
            }
            put(new Chunk(good, bad, lineNo, in.count, true));
        } catch (IOException e) {
            put(e);
        } catch (RuntimeException e) {
            put(e);
        }
    }

    private void put(Object o) {
        try {
            while (!closed && !queue.offer(o, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                // the importer is still writing; wait, unless it gave up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the reader if the import ends early (an error on the writing side). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }

    /** Counts the bytes read from the file, for the progress bar. */
    private static final class Counting extends FilterInputStream {
        volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
