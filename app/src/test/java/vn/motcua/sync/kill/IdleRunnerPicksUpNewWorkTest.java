package vn.motcua.sync.kill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.Outbox;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncEvent;
import vn.motcua.sync.SyncRunner;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.testing.TestOffice;

/**
 * The background runner, idle after a run that found nothing to send, picks up a dossier
 * received meanwhile within seconds, not at the next minute's pull; also one received by a
 * second desk on the same office database, which has no way to wake this desk's runner. Before
 * the fix the kill runs' counter work sat queued for up to {@link SyncRunner#PULL_EVERY}.
 */
class IdleRunnerPicksUpNewWorkTest {
    @TempDir
    Path dir;

    @Test
    void workQueuedWhileTheRunnerIdlesGoesOutWithinSeconds() throws Exception {
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            Actor clerk = Processing.staff(desk)[0];
            portal.connect(desk);
            SyncRunner runner = desk.sync().runner();
            CountDownLatch firstRun = new CountDownLatch(1);
            runner.addListener(e -> {
                if (e.kind() == SyncEvent.Kind.RUN_FINISHED) {
                    firstRun.countDown();
                }
            });
            runner.start();
            try {
                assertThat(firstRun.await(30, TimeUnit.SECONDS)).as("the runner ran once and found nothing").isTrue();
                UUID mine = desk.dossierQuery().story(Processing.receive(desk, clerk)).dossier().id();
                assertDeliveredWithin(desk, mine, 15);
                try (AppContext second = TestOffice.open(dir.resolve("desk"))) { // another desk on the same database
                    UUID theirs = second.dossierQuery().story(Processing.receive(second, clerk)).dossier().id();
                    assertDeliveredWithin(desk, theirs, 15);
                }
            } finally {
                runner.stop();
            }
        }
    }

    @Test
    void workHeldBehindARejectedEntryDoesNotMakeTheRunnerCallThePortalEveryFewSeconds() throws Exception {
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            Actor clerk = Processing.staff(desk)[0];
            portal.connect(desk);
            String code = Processing.receive(desk, clerk);
            UUID id = desk.dossierQuery().story(code).dossier().id();
            // the create needs a person (the portal refused it); the hand-over queued after it waits behind it
            desk.database().sessionFactory().inTransaction(s -> s.createNativeMutationQuery("update outbox_entry set state = 'REJECTED',"
                    + " error_code = 'exists_different' where aggregate_id = :d").setParameter("d", id).executeUpdate());
            desk.processing().handOver(clerk, code, new vn.motcua.dossier.HandOver("lan", null, null, null));
            SyncRunner runner = desk.sync().runner();
            java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
            runner.addListener(e -> {
                if (e.kind() == SyncEvent.Kind.RUN_FINISHED) {
                    runs.incrementAndGet();
                }
            });
            runner.start();
            try {
                Thread.sleep(3 * SyncRunner.PULL_EVERY.toMillis() / 20 + 4_000); // two poll periods and more
            } finally {
                runner.stop();
            }
            assertThat(runs.get()).as("runs while only held work waits (one, then the minute's pull)").isEqualTo(1);
        }
    }

    private static void assertDeliveredWithin(AppContext desk, UUID dossier, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<OutboxEntry> entries = List.of();
        while (System.nanoTime() < end) {
            entries = desk.database().sessionFactory().fromTransaction(s -> new Outbox(Clock.systemUTC()).of(s, dossier));
            if (!entries.isEmpty() && entries.stream().allMatch(e -> e.state() == OutboxEntry.State.DONE)) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(entries).as("delivered within " + seconds + " s (the idle runner's next pull is a minute away)")
                .isNotEmpty().allMatch(e -> e.state() == OutboxEntry.State.DONE);
    }
}
