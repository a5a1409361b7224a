package vn.motcua.storage;

import java.io.IOException;
import java.io.Reader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.slf4j.LoggerFactory;

/**
 * H2's lock file outlives a killed process, and H2 then waits about three seconds before it
 * takes the file over. Every process of ours opens the file in automatic-server mode, so a live
 * holder always listens on the port written in the lock file: when nothing answers there, the
 * holder is gone and the lock can go too. Anything unclear is left to H2's own protocol.
 */
final class StaleH2Lock {
    private static final int PROBE_MILLIS = 300;

    private StaleH2Lock() {
    }

    /** Deletes {@code lockFile} when it names a loopback server nobody listens on; true if it did. */
    static boolean clearIfAbandoned(Path lockFile) {
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        Properties lock = new Properties();
        try (Reader in = Files.newBufferedReader(lockFile)) {
            lock.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        String server = lock.getProperty("server");
        int colon = server == null ? -1 : server.lastIndexOf(':');
        if (colon < 0 || !isLoopback(server.substring(0, colon))) {
            return false;
        }
        int port;
        try {
            port = Integer.parseInt(server.substring(colon + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        try (Socket probe = new Socket()) {
            probe.connect(new InetSocketAddress("127.0.0.1", port), PROBE_MILLIS);
            return false; // someone serves the file: a live holder
        } catch (ConnectException refused) {
            try {
                boolean deleted = Files.deleteIfExists(lockFile);
                LoggerFactory.getLogger(StaleH2Lock.class).info("removed the lock file of a process that died ({})", lockFile);
                return deleted;
            } catch (IOException e) {
                return false;
            }
        } catch (IOException unclear) {
            return false;
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }
}
