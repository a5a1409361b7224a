package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;
import vn.motcua.testing.HoldDatabase;
import vn.motcua.testing.JavaProcess;
import vn.motcua.testing.TestOffice;

/** Two processes on one H2 file: whoever opened it first may leave, the other goes on. */
class SharedDatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void theDeskKeepsWorkingWhenTheProcessServingTheFileExits() throws Exception {
        Process first = JavaProcess.start(HoldDatabase.class, tmp.toString());
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream()))) {
            assertThat(out.readLine()).isEqualTo("READY");
            try (AppContext desk = TestOffice.open(tmp)) {
                assertThat(desk.users().list()).hasSize(1);
                first.getOutputStream().close(); // the first process closes and exits
                assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
                desk.users().add(Actor.SYSTEM, new NewUser("sau.khi.dong", "Người đến sau", "mat-khau-9".toCharArray(),
                        EnumSet.of(Role.CLERK)));
                assertThat(desk.users().list()).hasSize(2);
            }
        } finally {
            first.destroyForcibly();
        }
        try (AppContext reopened = TestOffice.open(tmp)) {
            assertThat(reopened.users().list()).extracting(u -> u.username()).contains("sau.khi.dong");
        }
    }
}
