package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.TestOffice;

/**
 * A backlog with scans through the desk's own runner and the sandbox over HTTP: the scans upload
 * two at a time on their own threads while the sender's thread sends the batches, and the links
 * follow in batches. Every dossier reaches the portal once with its scan's hash, every entry is
 * done at its first attempt.
 */
class ScanBacklogTest {
    @TempDir
    Path dir;

    @Test
    void scansUploadBesideTheBatchesAndEveryLinkLandsOnceWithItsHash() throws Exception {
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            Actor clerk = Processing.staff(desk)[0];
            portal.connect(desk);
            String component = Intakes.procedure(desk, Intakes.RESIDENCE).components().get(0).code();
            Map<String, String> scans = new HashMap<>();
            for (int i = 0; i < 8; i++) {
                String code = Processing.receive(desk, clerk);
                scans.put(code, desk.documents().importFiles(clerk, code, component,
                        List.of(SyncEndToEndTest.jpeg(dir.resolve("page-" + i + ".jpg"), i))).sha256());
                desk.processing().handOver(clerk, code, new HandOver("lan", null, null, null));
            }
            SyncRunner runner = desk.sync().runner();
            Set<String> uploadThreads = ConcurrentHashMap.newKeySet();
            runner.addListener(e -> {
                if (e.kind() == SyncEvent.Kind.UPLOAD_PROGRESS) {
                    uploadThreads.add(Thread.currentThread().getName());
                }
            });

            SyncRunner.RunReport report = runner.runUntilEmpty(Duration.ofSeconds(120));

            assertThat(report.empty()).as(report.toString()).isTrue();
            assertThat(uploadThreads).as("not on the sender's thread").containsOnly("motcua-sync-upload");
            JsonNode held = SandboxClient.of(portal.url()).dossiers();
            assertThat(held).hasSize(scans.size());
            for (JsonNode d : held) {
                assertThat(d.get("TrangThaiHoSo").asInt()).isEqualTo(DossierStatus.IN_PROCESS.code());
                assertThat(d.get("attachments")).hasSize(1);
                assertThat(d.get("attachments").get(0).get("sha256").asText()).isEqualTo(scans.get(d.get("MaHoSo").asText()));
            }
            List<OutboxEntry> entries = desk.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                    "from OutboxEntry e", OutboxEntry.class).getResultList());
            assertThat(entries).extracting(OutboxEntry::state).containsOnly(OutboxEntry.State.DONE);
            assertThat(entries).extracting(OutboxEntry::attempts).containsOnly(1);
        }
    }
}
