package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.PortalDossiers;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.sim.Fault;
import vn.motcua.sync.sim.FaultPlan;
import vn.motcua.testing.TestOffice;

/** One runner per office database (the lease), the retry timer (fault 28), "sync now", and the runner's reports. */
class RunnerTest {
    @TempDir
    Path tmp;
    SyncFixture f;

    @BeforeEach
    void open() {
        f = new SyncFixture(tmp);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private SyncRunner runnerOn(AppContext context, CountingPortal portal, String holder) {
        return new SyncRunner(context.database().sessionFactory(), portal, context.documents().store(), 4096, 50,
                new PortalDossiers(context.audit(), f.clock), TestOffice.AGENCY, SyncFixture.CLIENT, holder, f.clock, new Random(1));
    }

    @Test
    void twoDesksOnOneDatabaseNeverSendTheSameActionTwice() throws Exception {
        List<UUID> dossiers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            dossiers.add(f.receive().id());
        }
        CountingPortal portal = new CountingPortal(f.portal);
        f.portal.authenticate(); // so every counted call is a real send, not a 401 and its repeat
        try (AppContext second = TestOffice.open(tmp)) { // a second desk on the same office database
            SyncRunner a = runnerOn(f.context, portal, "desk-A");
            SyncRunner b = runnerOn(second, portal, "desk-B");
            CountDownLatch go = new CountDownLatch(1);
            List<SyncRunner.RunReport> reports = java.util.Collections.synchronizedList(new ArrayList<>());
            Thread ta = new Thread(() -> { await(go); reports.add(a.runOnce()); }, "desk-A");
            Thread tb = new Thread(() -> { await(go); reports.add(b.runOnce()); }, "desk-B");
            ta.start();
            tb.start();
            go.countDown();
            ta.join();
            tb.join();
            assertThat(reports).filteredOn(SyncRunner.RunReport::ran).hasSize(1);
            assertThat(reports).filteredOn(r -> !r.ran()).singleElement()
                    .satisfies(r -> assertThat(r.holder()).isIn("desk-A", "desk-B"));
            assertThat(portal.senders).hasSize(1); // only the holder's thread called the portal
            assertThat(portal.sends.values()).allMatch(n -> n.get() == 1);
            assertThat(portal.sends).hasSize(8);
            for (UUID id : dossiers) {
                assertThat(f.entries(id)).allMatch(e -> e.state() == State.DONE);
            }
            a.stop();
            b.stop();
        }
    }

    @Test
    void aLeaseNotRenewedIsTakenOverAndAReleasedOneAtOnce() {
        f.receive();
        CountingPortal portal = new CountingPortal(f.portal);
        SyncRunner a = runnerOn(f.context, portal, "desk-A");
        SyncRunner b = runnerOn(f.context, portal, "desk-B");
        assertThat(a.runOnce().ran()).isTrue();
        assertThat(b.runOnce().ran()).isFalse();
        f.clock.advance(SyncRunner.LEASE_TTL.plusSeconds(1)); // desk A died without releasing
        assertThat(b.runOnce().ran()).isTrue();
        assertThat(a.runOnce().ran()).isFalse();
        b.stop(); // closing gives the lease up
        assertThat(a.runOnce().ran()).isTrue();
    }

    @Test
    void fault28_oneFailureThenNoNewWorkTheTimerStillRetriesUntilEmpty() {
        Dossier d = f.receive();
        f.portal.faults = FaultPlan.none().then("mutate", Fault.REFUSED).then("mutate", Fault.REFUSED);
        SyncRunner runner = f.runner("desk-A");
        List<Duration> waits = new ArrayList<>();
        runner.sleeper(wait -> {
            waits.add(wait);
            f.clock.advance(wait);
        });
        SyncRunner.RunReport r = runner.runUntilEmpty(Duration.ofHours(1));
        assertThat(r.empty()).isTrue();
        assertThat(waits).isNotEmpty();
        assertThat(f.entries(d.id())).allMatch(e -> e.state() == State.DONE);
    }

    @Test
    void syncNowResetsTheDelaysAndEventsReachTheListeners() {
        Dossier d = f.receive();
        f.portal.faults = FaultPlan.none().then("mutate", Fault.REFUSED);
        SyncRunner runner = f.runner("desk-A");
        List<SyncEvent> events = new ArrayList<>();
        runner.addListener(events::add);
        SyncRunner.RunReport first = runner.runOnce();
        assertThat(first.waiting()).isEqualTo(1);
        assertThat(first.lineDown()).isTrue();
        runner.syncNow();
        assertThat(f.entries(d.id()).get(0).nextAttemptAt()).isEqualTo(f.clock.instant());
        assertThat(runner.runOnce().empty()).isTrue();
        assertThat(events).extracting(SyncEvent::kind).contains(SyncEvent.Kind.SENT, SyncEvent.Kind.RUN_FINISHED);
    }

    @Test
    void theBackgroundRunnerSendsWhatIsQueuedAndStopGivesTheLeaseUp() throws Exception {
        Dossier d = f.receive();
        SyncRunner runner = f.runner("desktop");
        runner.start();
        runner.start(); // a second start does nothing
        assertThat(runner.running()).isTrue();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (f.entries(d.id()).get(0).state() != State.DONE && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(f.entries(d.id()).get(0).state()).isEqualTo(State.DONE);
        runner.stop();
        assertThat(runner.running()).isFalse();
        assertThat(new RunnerLease(f.context.database().sessionFactory(), "other", SyncRunner.LEASE_TTL, f.clock).acquire()).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
