package vn.motcua.sync.kill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.sync.http.HttpPortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.sandbox.Clients;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.PortalStore;

/**
 * Fault 9 at the portal alone: a burst of creates, each acknowledged with 201, read by two
 * other clients meanwhile, and a SIGKILL of the portal process in the middle of it; after the
 * restart on the same port every acknowledged dossier is there. {@code SyncKillTest} kills the
 * portal amid the whole workload.
 */
class PortalKillTest {
    @TempDir
    Path dir;

    @Test
    void fault9_everyAcknowledgedWriteSurvivesAPortalKill() throws Exception {
        try (PortalStore store = PortalStore.open(dir.resolve("portal"))) {
            Clients.add(store, PortalHarness.CLIENT, PortalHarness.AGENCY, PortalHarness.SECRET.toCharArray());
        }
        Random random = new Random(Long.getLong("kill.seed", 9));
        try (PortalProcess portal = PortalProcess.start(dir.resolve("portal"), dir.toFile())) {
            for (int round = 0; round < 3; round++) {
                HttpPortalAdapter adapter = new HttpPortalAdapter(portal.url(), PortalHarness.CLIENT, PortalHarness.SECRET, Clock.systemUTC());
                List<UUID> acknowledged = new ArrayList<>();
                AtomicBoolean stop = new AtomicBoolean();
                Thread writer = new Thread(() -> {
                    while (!stop.get()) {
                        UUID id = UUID.randomUUID();
                        PortalAnswer a = adapter.putDossier(id, UUID.randomUUID(), null,
                                PortalHarness.dossier(id, PortalHarness.nextCode()).toString());
                        if (a instanceof PortalAnswer.Accepted ok && ok.status() == 201) {
                            synchronized (acknowledged) {
                                acknowledged.add(id);
                            }
                        } else if (a instanceof PortalAnswer.NoAnswer) {
                            return;
                        }
                    }
                });
                writer.start();
                List<Thread> readers = new ArrayList<>();
                for (int r = 0; r < 2; r++) { // a desk's puller and a sampler read while the writes go on
                    HttpPortalAdapter reader = new HttpPortalAdapter(portal.url(), PortalHarness.CLIENT, PortalHarness.SECRET,
                            Clock.systemUTC());
                    Thread t = new Thread(() -> {
                        while (!stop.get()) {
                            UUID some;
                            synchronized (acknowledged) {
                                some = acknowledged.isEmpty() ? UUID.randomUUID() : acknowledged.get(acknowledged.size() - 1);
                            }
                            reader.getDossier(some);
                            if (reader.changes(PortalHarness.AGENCY, null, 50) instanceof PortalAnswer.NoAnswer) {
                                return;
                            }
                        }
                    });
                    t.start();
                    readers.add(t);
                }
                Thread.sleep(1500 + random.nextInt(1500));
                assertThat(portal.kill()).isEqualTo(ChildJvm.KILLED);
                stop.set(true);
                writer.join();
                for (Thread t : readers) {
                    t.join();
                }
                portal.start();
                HttpPortalAdapter after = new HttpPortalAdapter(portal.url(), PortalHarness.CLIENT, PortalHarness.SECRET, Clock.systemUTC());
                List<UUID> lost = new ArrayList<>();
                for (UUID id : acknowledged) {
                    if (!(after.getDossier(id) instanceof PortalAnswer.Accepted)) {
                        lost.add(id);
                    }
                }
                assertThat(acknowledged).as("round " + round + ": creates acknowledged before the kill").isNotEmpty();
                assertThat(lost).as("round " + round + ": acknowledged with 201, gone after the restart (of " + acknowledged.size() + ")")
                        .isEmpty();
            }
        }
    }
}
