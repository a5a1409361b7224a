package vn.motcua.sync.sandbox;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox provincial portal (contract /v1, briefs/sync-contract.md): the JDK's HTTP server
 * on 127.0.0.1 only, a small fixed thread pool, its own H2 store in {@code dataDir}. Tests start
 * it in-process on port 0; {@code motcua portal serve} runs it in the foreground.
 *
 * <p>Test switches: {@link #faults} (500 before/after commit), {@link #overloaded} (503 +
 * Retry-After), {@link #expireTokens} (every desk gets 401 and must re-authenticate).
 */
public final class PortalServer implements AutoCloseable {
    private final PortalStore store;
    private final PortalService service;
    private final HttpServer http;
    private final ExecutorService pool;

    private PortalServer(PortalStore store, PortalService service, HttpServer http, ExecutorService pool) {
        this.store = store;
        this.service = service;
        this.http = http;
        this.pool = pool;
    }

    /** Opens the store in {@code dataDir} and listens on 127.0.0.1:{@code port} (0: any free port). */
    public static PortalServer start(Path dataDir, int port, PortalOptions options) {
        // The JDK server writes an answer's headers and body separately; without TCP_NODELAY every
        // small answer then waits for the client's delayed ACK (~40 ms), which capped a desk at
        // ~10 calls/s over loopback. Read once by the JDK when its first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        PortalStore store = PortalStore.open(dataDir);
        try {
            PortalService service = new PortalService(new PortalContext(store, options));
            HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
            AtomicInteger n = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, options.threads()), r -> {
                Thread t = new Thread(r, "portal-http-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            http.setExecutor(pool);
            http.createContext("/", new PortalHttp(service));
            http.start();
            return new PortalServer(store, service, http, pool);
        } catch (IOException e) {
            store.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /**
     * Applies a hand-carried bundle straight to the portal data in {@code dataDir}, without HTTP
     * (the same checks and idempotency store as {@code POST /v1/bundles}); works while a server
     * runs on the same directory.
     */
    public static SandboxClient.Reply applyBundle(Path dataDir, byte[] bundle) {
        try (PortalStore store = PortalStore.open(dataDir)) {
            PortalService service = new PortalService(new PortalContext(store, PortalOptions.defaults()));
            Answer a = service.handle(new Call("POST", "/v1/bundles", java.util.Map.of(), java.util.Map.of(),
                    java.util.Map.of("Content-Type", "application/json"), bundle, null));
            return new SandboxClient.Reply(a.status(), a.bodyJson());
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:<port>} */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** Installs fault hooks (null: none). */
    public void faults(SandboxFaults faults) {
        service.faults(faults);
    }

    /** Answers every non-sandbox request 503 with {@code Retry-After} until called with null. */
    public void overloaded(Duration retryAfter) {
        service.overloaded(retryAfter);
    }

    /** Forgets every issued token: the next call of each desk gets 401. */
    public void expireTokens() {
        service.context().tokens.expireAll();
    }

    /** Stops listening, lets running requests finish (up to 2 s), closes the store. */
    @Override
    public void close() {
        http.stop(0);
        pool.shutdown();
        try {
            pool.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        store.close();
    }
}
