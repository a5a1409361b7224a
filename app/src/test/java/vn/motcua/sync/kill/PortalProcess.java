package vn.motcua.sync.kill;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import vn.motcua.Main;

/**
 * The sandbox portal as a real process ({@code portal serve}) that is killed and comes back on
 * the SAME port over the same store, as a real portal would after a crash. A start that cannot
 * bind yet (the old socket still closing) is tried again.
 */
final class PortalProcess implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final File logs;
    private Process process;
    private int starts;

    private PortalProcess(Path dir, int port, File logs) {
        this.dir = dir;
        this.port = port;
        this.logs = logs;
    }

    static PortalProcess start(Path dir, File logs) throws IOException, InterruptedException {
        PortalProcess p = new PortalProcess(dir, freePort(), logs);
        p.start();
        return p;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    /** Starts the portal and waits until it prints its URL; retries while the port is still taken. */
    void start() throws IOException, InterruptedException {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            starts++;
            Process p = ChildJvm.of(Main.class, logs, new File(logs, "portal.err"),
                    "--data-dir", dir.toString(), "portal", "serve", "--port", String.valueOf(port)).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            if (line != null && line.contains("127.0.0.1:" + port)) {
                process = p;
                return;
            }
            ChildJvm.kill(p);
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("the portal did not come back on port " + port + " (see " + logs + "/portal.err)");
            }
            Thread.sleep(250); // TIME_WAIT or the old process's socket not yet gone
        }
    }

    /** SIGKILL; returns the exit status (137). */
    int kill() throws InterruptedException {
        int status = ChildJvm.kill(process);
        process = null;
        return status;
    }

    int starts() {
        return starts;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy(); // SIGTERM: a clean stop at the end
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                ChildJvm.kill(process);
            }
            process = null;
        }
    }
}
