package vn.motcua.sync.kill;

import java.util.ArrayList;
import java.util.List;

/**
 * What the desk workers of one run reported, across all their lives: how far the counter work
 * got, each feed cursor sample in order (fault 27: it must never go back), each violation of
 * "synced only when true", and how many samples were taken.
 */
final class KillLog {
    /** One cursor sample: the desk's {@code cursor_seq} and the position its opaque cursor stands at. */
    record Cursor(long seq, long position) {
    }

    private final List<Cursor> cursors = new ArrayList<>();
    private final List<String> violations = new ArrayList<>();
    private int done;
    private int samples;

    synchronized void accept(String line) {
        String[] w = line.split(" ");
        switch (w[0]) {
            case "DOSSIER" -> done = Math.max(done, Integer.parseInt(w[1]) + 1);
            case "CURSOR" -> cursors.add(new Cursor(Long.parseLong(w[1]), Long.parseLong(w[2])));
            case "VIOLATION", "TRAIL" -> violations.add(line);
            case "SAMPLE" -> samples++;
            default -> { }
        }
        notifyAll();
    }

    synchronized int done() {
        return done;
    }

    synchronized List<Cursor> cursors() {
        return List.copyOf(cursors);
    }

    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    synchronized int samples() {
        return samples;
    }

    /** Waits until at least {@code n} dossiers are done or {@code stop} says so; false on timeout. */
    synchronized boolean awaitDone(int n, java.util.function.BooleanSupplier stop, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (done < n && !stop.getAsBoolean()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) {
                return false;
            }
            wait(Math.min(left, 200));
        }
        return true;
    }
}
