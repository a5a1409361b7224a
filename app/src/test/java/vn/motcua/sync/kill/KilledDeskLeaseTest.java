package vn.motcua.sync.kill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.sync.SyncRunner;
import vn.motcua.testing.TestOffice;

/**
 * A desk SIGKILLed while it holds the sync runner lease, started again on the same machine,
 * syncs at once: the lease of a process of this machine that no longer runs is taken over
 * without waiting out its {@link SyncRunner#LEASE_TTL}. A living holder's lease is still
 * respected. Before the fix every desk kill of {@code SyncKillTest} stopped the sync for up to
 * two minutes.
 */
class KilledDeskLeaseTest {
    @TempDir
    Path dir;

    @Test
    void fault11_theLeaseOfAKilledDeskIsTakenOverAtOnceButALivingOneIsRespected() throws Exception {
        Path deskDir = dir.resolve("desk");
        try (AppContext desk = TestOffice.initialized(deskDir)) {
            desk.sync().settings().configure(Actor.SYSTEM, "http://127.0.0.1:9", "desk-1", "bi-mat".toCharArray()); // nobody there
        }
        Process holder = ChildJvm.of(LeaseHolder.class, dir.toFile(), new File(dir.toFile(), "holder.err"), deskDir.toString()).start();
        try {
            String line = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertThat(line).as("the child took the lease").startsWith("HELD ");
            String held = line.substring("HELD ".length());
            assertThat(held).startsWith(holder.pid() + "@");

            try (AppContext desk = TestOffice.open(deskDir)) {
                SyncRunner.RunReport refused = desk.sync().runner().runOnce();
                assertThat(refused.ran()).as("a living holder keeps its lease").isFalse();
                assertThat(refused.holder()).isEqualTo(held);
            }
            assertThat(ChildJvm.kill(holder)).as("SIGKILL").isEqualTo(ChildJvm.KILLED);

            try (AppContext desk = TestOffice.open(deskDir)) {
                SyncRunner runner = desk.sync().runner();
                SyncRunner.RunReport report = runner.runOnce();
                assertThat(report.ran()).as("the dead desk's lease (" + report.holder() + ") taken over at once").isTrue();
                assertThat(report.holder()).isNotEqualTo(held);
                runner.stop();
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
