package vn.motcua.sync.kill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.Outbox;
import vn.motcua.sync.SyncEvent;
import vn.motcua.sync.SyncRunner;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.testing.TestOffice;

/**
 * Stopping the background runner while it is busy sending leaves the office database open and
 * usable: the runner is no longer interrupted (an interrupt that lands inside H2's file I/O
 * closes the whole database, ClosedByInterruptException), it ends its run at the next send.
 * Then the rest is sent by the next runner.
 */
class RunnerStopTest {
    @TempDir
    Path dir;

    @Test
    void stoppingABusyRunnerLeavesTheDatabaseOpenAndTheRestIsSentLater() throws Exception {
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            Actor clerk = Processing.staff(desk)[0];
            portal.connect(desk);
            for (int i = 0; i < 40; i++) {
                Processing.receive(desk, clerk);
            }
            for (int round = 0; round < 3; round++) {
                SyncRunner runner = desk.sync().runner();
                CountDownLatch sending = new CountDownLatch(3);
                runner.addListener(e -> {
                    if (e.kind() == SyncEvent.Kind.SENT) {
                        sending.countDown();
                    }
                });
                runner.start();
                sending.await(30, TimeUnit.SECONDS);
                runner.stop(); // in the middle of the queue
                assertThat(runner.running()).isFalse();
                long waiting = desk.database().sessionFactory().fromTransaction(s -> new Outbox(java.time.Clock.systemUTC()).waitingCount(s));
                assertThat(waiting).as("the database still answers after the stop").isGreaterThanOrEqualTo(0);
            }
            SyncRunner.RunReport last = desk.sync().runner().runUntilEmpty(java.time.Duration.ofSeconds(60));
            assertThat(last.empty()).as(last.toString()).isTrue();
        }
    }
}
