package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.security.StaffUser;
import vn.motcua.testing.JavaProcess;
import vn.motcua.testing.TestOffice;
import vn.motcua.testing.WriteBurst;

/** SIGKILL in the middle of a write burst: the database reopens and nothing committed is lost. */
class CrashRecoveryTest {
    @TempDir
    Path tmp;

    @Test
    void everyCommittedWriteSurvivesAKill() throws Exception {
        Process child = JavaProcess.start(WriteBurst.class, tmp.toString());
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("READY");
            for (int i = 0; i < 60; i++) {
                acknowledged.add(out.readLine());
            }
            // SIGKILL on Linux (through the handle, which leaves our end of the pipe open to drain)
            child.toHandle().destroyForcibly();
            child.waitFor();
            String line;
            while ((line = out.readLine()) != null) {
                acknowledged.add(line); // printed before the kill landed: committed too
            }
        }
        assertThat(tmp.resolve("db/motcua.lock.db")).as("the killed process left H2's lock file").exists();
        try (AppContext reopened = TestOffice.open(tmp)) {
            List<String> stored = reopened.users().list().stream().map(StaffUser::username).toList();
            assertThat(stored).containsAll(acknowledged);
        }
    }
}
