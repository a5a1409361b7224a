package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleH2LockTest {
    @TempDir
    Path tmp;

    private Path lock(String server) throws Exception {
        String body = "#FileLock\n" + (server == null ? "" : "server=" + server.replace(":", "\\:") + "\n")
                + "hostName=localhost\nmethod=file\nid=abc\n";
        return Files.writeString(tmp.resolve("motcua.lock.db"), body);
    }

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void aLockWhoseServerIsGoneIsRemoved() throws Exception {
        Path lock = lock("localhost:" + closedPort());
        assertThat(StaleH2Lock.clearIfAbandoned(lock)).isTrue();
        assertThat(lock).doesNotExist();
    }

    @Test
    void aLockWhoseServerAnswersIsKept() throws Exception {
        try (ServerSocket live = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Path lock = lock("localhost:" + live.getLocalPort());
            assertThat(StaleH2Lock.clearIfAbandoned(lock)).isFalse();
            assertThat(lock).exists();
        }
    }

    @Test
    void unclearLocksAreLeftToH2() throws Exception {
        assertThat(StaleH2Lock.clearIfAbandoned(lock(null))).isFalse();
        assertThat(StaleH2Lock.clearIfAbandoned(lock("192.0.2.10:" + closedPort()))).isFalse();
        assertThat(StaleH2Lock.clearIfAbandoned(lock("localhost:notaport"))).isFalse();
        assertThat(tmp.resolve("motcua.lock.db")).exists();
        assertThat(StaleH2Lock.clearIfAbandoned(tmp.resolve("absent.lock.db"))).isFalse();
    }
}
