package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;
import vn.motcua.testing.HoldDesktopLock;
import vn.motcua.testing.JavaProcess;

class DesktopLockTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondDesktopOnTheSameDataIsRefusedWithThePath() throws Exception {
        DataDirectory dir = new DataDirectory(tmp).prepare();
        Process other = JavaProcess.start(HoldDesktopLock.class, tmp.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("LOCKED");
            assertThatThrownBy(() -> DesktopLock.acquire(dir)).isInstanceOfSatisfying(UserFacingException.class, e -> {
                assertThat(e.key()).isEqualTo("storage.alreadyOpen");
                assertThat(e.args()).contains(dir.root());
            });
        } finally {
            other.destroyForcibly().waitFor();
        }
        // the OS released the dead process's lock: no stale lock after a crash
        try (DesktopLock lock = DesktopLock.acquire(dir)) {
            assertThat(lock).isNotNull();
        }
    }

    @Test
    void theSameProcessCannotTakeItTwice() {
        DataDirectory dir = new DataDirectory(tmp).prepare();
        try (DesktopLock first = DesktopLock.acquire(dir)) {
            assertThatThrownBy(() -> DesktopLock.acquire(dir)).isInstanceOf(UserFacingException.class);
        }
    }
}
