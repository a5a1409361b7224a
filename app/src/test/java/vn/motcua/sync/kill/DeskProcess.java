package vn.motcua.sync.kill;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One life of the desk worker ({@link DeskWorker}) in a child JVM: its progress lines go to the
 * run's {@link KillLog}; {@code READY}, {@code RECEIVED}, {@code DRAINED} and an {@code ERROR}
 * complete futures the test waits on.
 */
final class DeskProcess {
    private final Process process;
    private final Thread reader;
    final CompletableFuture<String> ready = new CompletableFuture<>();
    final CompletableFuture<String> received = new CompletableFuture<>();
    final CompletableFuture<String> drained = new CompletableFuture<>();

    private DeskProcess(Process process, KillLog log) {
        this.process = process;
        this.reader = new Thread(() -> read(log), "kill-desk-reader-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static DeskProcess start(Path deskDir, Path scans, long seed, int n, long sampleMillis, long backlog, File logs, KillLog log)
            throws IOException {
        Process p = ChildJvm.of(DeskWorker.class, logs, new File(logs, "desk.err"), deskDir.toString(), scans.toString(),
                String.valueOf(seed), String.valueOf(n), String.valueOf(sampleMillis), String.valueOf(backlog)).start();
        return new DeskProcess(p, log);
    }

    private void read(KillLog log) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                log.accept(line);
                if (line.startsWith("READY")) {
                    ready.complete(line);
                } else if (line.startsWith("RECEIVED")) {
                    received.complete(line);
                } else if (line.startsWith("DRAINED")) {
                    drained.complete(line);
                } else if (line.startsWith("ERROR")) {
                    failed(new IllegalStateException("the desk worker failed: " + line));
                }
            }
        } catch (IOException e) {
            // the pipe of a killed process: its end is reported below
        }
        failed(new IllegalStateException("the desk worker ended (status " + exitStatus() + ")"));
    }

    private void failed(Exception e) {
        ready.completeExceptionally(e);
        received.completeExceptionally(e);
        drained.completeExceptionally(e);
    }

    private String exitStatus() {
        try {
            return process.waitFor(5, TimeUnit.SECONDS) ? String.valueOf(process.exitValue()) : "running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, then waits until every line it wrote has been read; returns the exit status (137). */
    int kill() throws InterruptedException {
        int status = ChildJvm.kill(process);
        reader.join(30_000);
        return status;
    }

    /** Tells the worker that all is received and the kills are over: sync until nothing waits, then exit. */
    void drain() throws IOException {
        OutputStream in = process.getOutputStream();
        in.write("drain\n".getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Waits for the worker to exit after its drain. */
    int awaitExit(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            ChildJvm.kill(process);
            throw new IllegalStateException("the desk worker did not exit after its drain");
        }
        reader.join(30_000);
        return process.exitValue();
    }
}
