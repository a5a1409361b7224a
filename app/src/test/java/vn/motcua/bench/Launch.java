package vn.motcua.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One child JVM of a benchmark: the clock starts just before {@link ProcessBuilder#start()} and
 * stops when a marker line is read from its standard output. Standard error goes to a file, for
 * the message when the measurement cannot be taken.
 */
final class Launch {
    private final Process process;
    private final BufferedReader out;
    private final long startNanos;
    private final long startEpochMillis;
    private final Path stderr;
    private final List<String> lines = new ArrayList<>();

    private Launch(Process process, long startNanos, long startEpochMillis, Path stderr) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.startNanos = startNanos;
        this.startEpochMillis = startEpochMillis;
        this.stderr = stderr;
    }

    static Launch start(List<String> command, Map<String, String> env, Path stderr) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
        pb.environment().putAll(env);
        long epoch = System.currentTimeMillis();
        long t0 = System.nanoTime();
        return new Launch(pb.start(), t0, epoch, stderr);
    }

    /** A marker line and the milliseconds from just before the start to the moment it was read. */
    record Seen(String line, double millis) {
        /** The first number after the marker word. */
        long value() {
            return Long.parseLong(line.trim().split("\\s+")[1]);
        }
    }

    /** Reads standard output until a line that starts with {@code marker}; fails after {@code timeout}. */
    Seen await(String marker, Duration timeout) throws IOException {
        AtomicBoolean timedOut = new AtomicBoolean();
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(timeout.toMillis());
                timedOut.set(true);
                process.destroyForcibly();
            } catch (InterruptedException e) {
                // marker seen in time
            }
        }, "bench-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith(marker)) {
                    double ms = (System.nanoTime() - startNanos) / 1e6;
                    return new Seen(line, ms);
                }
                lines.add(line);
            }
        } finally {
            watchdog.interrupt();
        }
        throw new IllegalStateException("No " + marker + " line from the child ("
                + (timedOut.get() ? "timed out after " + timeout.toSeconds() + " s" : "exit code " + exitCode())
                + "); its standard error:\n" + tail(stderr));
    }

    /** Lines printed before the marker. */
    List<String> lines() {
        return lines;
    }

    long startEpochMillis() {
        return startEpochMillis;
    }

    long pid() {
        return process.pid();
    }

    /** Resident set size of the child now (Linux), or -1. */
    long rssBytes() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or gone
        }
        return -1;
    }

    /** SIGKILL (on Unix) and wait until the child is gone; its files stay. */
    void kill() throws InterruptedException {
        process.toHandle().destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Asks the child to end as on a normal shutdown (SIGTERM on Unix) and waits for it. */
    int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return process.exitValue();
    }

    private String exitCode() {
        try {
            process.waitFor(5, TimeUnit.SECONDS);
            return process.isAlive() ? "still running" : Integer.toString(process.exitValue());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    static String tail(Path file) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }
}
