package vn.motcua.sync.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fault-injecting TCP proxy for tests of the desk's sync over a bad line (design/sync.md,
 * faults 1–3, 6, 25–27): a ServerSocket on 127.0.0.1 forwarding bytes to a target port, with
 * switches a test flips while traffic flows. It works on bytes, not HTTP, except that it finds
 * the end of a request's or answer's header block to aim a fault at the body.
 *
 * <p>One-shot faults (armed, then spent by the next request or answer that reaches them):
 * {@link #resetRequestBody} (fault 2), {@link #dropAnswer} (fault 3), {@link #truncateAnswer}
 * and {@link #corruptAnswer} (fault 6). Standing conditions: {@link #delay}, {@link #throttle}
 * (bytes per second each way, fault 26), {@link #cutEvery} (a connection dies after N request
 * bytes, so a long upload needs several sessions), {@link #down}/{@link #up} (connection refused,
 * fault 1) and {@link #flap} (fault 27). {@link #pass} clears everything.
 */
public final class FaultProxy implements AutoCloseable {
    private final int target;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile ServerSocket listener;
    private volatile boolean closed;
    private volatile Thread flapper;

    private final AtomicInteger resetAfterBodyBytes = new AtomicInteger(-1);
    private final AtomicBoolean dropAnswer = new AtomicBoolean();
    private final AtomicInteger truncateAnswerAt = new AtomicInteger(-1);
    private final AtomicBoolean corruptAnswer = new AtomicBoolean();
    private volatile long delayMillis;
    private volatile long bytesPerSecond;
    private volatile long cutEvery;
    /** Bumped when a one-shot fault is armed: the next bytes each way start a new request / answer. */
    private final AtomicInteger armed = new AtomicInteger();

    private FaultProxy(int target, ServerSocket listener) {
        this.target = target;
        this.listener = listener;
        this.port = listener.getLocalPort();
    }

    /** A proxy on a free loopback port forwarding to 127.0.0.1:{@code targetPort}. */
    public static FaultProxy start(int targetPort) throws IOException {
        ServerSocket s = bind(0);
        FaultProxy p = new FaultProxy(targetPort, s);
        p.acceptLoop(s);
        return p;
    }

    public int port() {
        return port;
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** Connections accepted so far (each is one TCP session of the client). */
    public int connections() {
        return connections.get();
    }

    /** Clears every fault and condition (a link that is up stays up). */
    public void pass() {
        resetAfterBodyBytes.set(-1);
        dropAnswer.set(false);
        truncateAnswerAt.set(-1);
        corruptAnswer.set(false);
        delayMillis = 0;
        bytesPerSecond = 0;
        cutEvery = 0;
    }

    /** The next request is reset after {@code bodyBytes} bytes of its body reached the server. */
    public void resetRequestBody(int bodyBytes) {
        resetAfterBodyBytes.set(bodyBytes);
        armed.incrementAndGet();
    }

    /** The next answer is thrown away and the client's connection reset: the server did the work, the client never hears. */
    public void dropAnswer() {
        dropAnswer.set(true);
        armed.incrementAndGet();
    }

    /** The next answer is cut after {@code bytes} bytes (headers included) and the connection closed. */
    public void truncateAnswer(int bytes) {
        truncateAnswerAt.set(bytes);
        armed.incrementAndGet();
    }

    /** The first body byte of the next answer is replaced by {@code '<'}: a complete but malformed body. */
    public void corruptAnswer() {
        corruptAnswer.set(true);
        armed.incrementAndGet();
    }

    /** Every piece of every answer waits {@code d} before it is forwarded. */
    public void delay(Duration d) {
        delayMillis = d.toMillis();
    }

    /** At most {@code rate} bytes per second in each direction of each connection (0: unlimited). */
    public void throttle(long rate) {
        bytesPerSecond = rate;
    }

    /** Every connection is reset once {@code bytes} request bytes went through it (0: never). */
    public void cutEvery(long bytes) {
        cutEvery = bytes;
    }

    /** The line is down: open connections are reset and new ones refused until {@link #up}. */
    public synchronized void down() throws IOException {
        ServerSocket s = listener;
        listener = null;
        if (s != null) {
            s.close();
        }
        open.forEach(FaultProxy::reset);
    }

    /** The line is back on the same port. */
    public synchronized void up() throws IOException {
        if (listener == null && !closed) {
            ServerSocket s = bind(port);
            listener = s;
            acceptLoop(s);
        }
    }

    /** Up for {@code upFor}, down for {@code downFor}, again and again until {@link #steady}. */
    public void flap(Duration upFor, Duration downFor) {
        steady();
        Thread t = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(upFor.toMillis());
                    down();
                    Thread.sleep(downFor.toMillis());
                    up();
                }
            } catch (InterruptedException | IOException e) {
                // stopped
            }
        }, "fault-proxy-flap");
        t.setDaemon(true);
        flapper = t;
        t.start();
    }

    /** Stops flapping and brings the line up. */
    public void steady() {
        Thread t = flapper;
        flapper = null;
        if (t != null) {
            t.interrupt();
            try {
                t.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        try {
            up();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        steady();
        down();
    }

    private static ServerSocket bind(int port) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
        return s;
    }

    private void acceptLoop(ServerSocket s) {
        Thread t = new Thread(() -> {
            while (!s.isClosed()) {
                try {
                    Socket client = s.accept();
                    connections.incrementAndGet();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                    client.setTcpNoDelay(true);
                    server.setTcpNoDelay(true);
                    open.add(client);
                    open.add(server);
                    pump(client, server, true);
                    pump(server, client, false);
                } catch (IOException e) {
                    // listener closed (down) or the target refused: the client sees its socket closed
                }
            }
        }, "fault-proxy-accept-" + port);
        t.setDaemon(true);
        t.start();
    }

    /** Copies one direction, applying the faults aimed at it. */
    private void pump(Socket from, Socket to, boolean request) {
        Thread t = new Thread(() -> {
            HeaderEnd header = new HeaderEnd();
            int generation = armed.get();
            long total = 0;
            long sinceHeader = -1;
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                byte[] buf = new byte[16 * 1024];
                while (true) {
                    long rate = bytesPerSecond;
                    int max = rate > 0 ? (int) Math.max(1, Math.min(buf.length, rate / 20)) : buf.length;
                    int n = in.read(buf, 0, max);
                    if (n < 0) {
                        break;
                    }
                    if (generation != armed.get()) {
                        generation = armed.get();
                        header = new HeaderEnd();
                        sinceHeader = -1;
                    }
                    if (request) {
                        int bodyAt = header.feed(buf, n);
                        int limit = resetAfterBodyBytes.get();
                        if (limit >= 0) {
                            if (sinceHeader < 0 && bodyAt >= 0) {
                                sinceHeader = 0;
                                int allowed = Math.min(n, bodyAt + limit);
                                out.write(buf, 0, allowed);
                                sinceHeader = allowed - bodyAt;
                            } else if (sinceHeader >= 0) {
                                int allowed = (int) Math.max(0, Math.min(n, limit - sinceHeader));
                                out.write(buf, 0, allowed);
                                sinceHeader += allowed;
                            } else {
                                out.write(buf, 0, n);
                                continue;
                            }
                            out.flush();
                            if (sinceHeader >= limit && resetAfterBodyBytes.compareAndSet(limit, -1)) {
                                Thread.sleep(100); // let the server read what it got before the reset
                                reset(from);
                                reset(to);
                                return;
                            }
                            continue;
                        }
                        long cut = cutEvery;
                        if (cut > 0 && total + n > cut) {
                            out.write(buf, 0, (int) Math.max(0, cut - total));
                            out.flush();
                            reset(from);
                            reset(to);
                            return;
                        }
                    } else {
                        if (dropAnswer.compareAndSet(true, false)) {
                            reset(to);
                            reset(from);
                            return;
                        }
                        int cutAt = truncateAnswerAt.get();
                        if (cutAt >= 0 && truncateAnswerAt.compareAndSet(cutAt, -1)) {
                            out.write(buf, 0, Math.min(n, cutAt));
                            out.flush();
                            to.close();
                            from.close();
                            return;
                        }
                        if (corruptAnswer.get()) {
                            int bodyAt = header.feed(buf, n);
                            if (bodyAt >= 0 && bodyAt < n && corruptAnswer.compareAndSet(true, false)) {
                                buf[bodyAt] = '<';
                            }
                        }
                        long wait = delayMillis;
                        if (wait > 0) {
                            Thread.sleep(wait);
                        }
                    }
                    out.write(buf, 0, n);
                    out.flush();
                    total += n;
                    if (rate > 0) {
                        Thread.sleep(Math.max(1, n * 1000L / rate));
                    }
                }
                to.shutdownOutput();
            } catch (IOException | InterruptedException e) {
                reset(to);
            } finally {
                open.remove(from);
            }
        }, "fault-proxy-" + (request ? "up" : "down"));
        t.setDaemon(true);
        t.start();
    }

    private static void reset(Socket s) {
        try {
            s.setSoLinger(true, 0); // RST, not FIN: "connection reset by peer"
            s.close();
        } catch (SocketException e) {
            // already closed
        } catch (IOException e) {
            // already closed
        }
    }

    /** Finds the end of an HTTP header block ({@code \r\n\r\n}) across reads; position within the current buffer. */
    private static final class HeaderEnd {
        private int matched;
        private boolean found;
        /** The headers ended exactly at the end of a read: the body starts with the next one. */
        private boolean bodyNext;

        /** Where the body starts in this read, or -1; a read that ends with the headers gives {@code n}, the next gives 0. */
        int feed(byte[] buf, int n) {
            if (found) {
                if (bodyNext && n > 0) {
                    bodyNext = false;
                    return 0;
                }
                return -1;
            }
            byte[] want = {'\r', '\n', '\r', '\n'};
            for (int i = 0; i < n; i++) {
                matched = buf[i] == want[matched] ? matched + 1 : buf[i] == '\r' ? 1 : 0;
                if (matched == 4) {
                    found = true;
                    bodyNext = i + 1 == n;
                    return i + 1;
                }
            }
            return -1;
        }
    }
}
