package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.documents.ImportedDocument;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.TestOffice;

/**
 * The real desk and the real sandbox portal over HTTP, nothing simulated: what a clerk does at
 * the counter (receive, scan, hand over) reaches the portal once, with its scan; the list says
 * "synced" only then; a citizen's withdrawal on the portal wins over the desk's later move,
 * which is kept and shown as refused with the portal's reason.
 */
class SyncEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void counterWorkReachesThePortalOnceWithItsScanAndAPortalWithdrawalWins() throws Exception {
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            Actor[] staff = Processing.staff(desk);
            Actor clerk = staff[0];
            portal.connect(desk);

            String first = Processing.receive(desk, clerk);
            String second = Processing.receive(desk, clerk);
            String component = Intakes.procedure(desk, Intakes.RESIDENCE).components().get(0).code();
            ImportedDocument scan = desk.documents().importFiles(clerk, first, component, List.of(jpeg(dir.resolve("page.jpg"), 7)));
            desk.processing().handOver(clerk, first, new HandOver("lan", null, null, null));
            UUID firstId = id(desk, first);
            UUID secondId = id(desk, second);
            assertThat(states(desk, firstId, secondId).values()).containsOnly(SyncState.QUEUED);

            SyncRunner runner = desk.sync().runner();
            SyncRunner.RunReport report = runner.runUntilEmpty(Duration.ofSeconds(60));
            assertThat(report.empty()).as(report.toString()).isTrue();

            JsonNode held = SandboxClient.of(portal.url()).dossiers();
            assertThat(held).hasSize(2);
            JsonNode onPortal = find(held, first);
            assertThat(onPortal.get("uuid").asText()).isEqualTo(firstId.toString());
            assertThat(onPortal.get("TrangThaiHoSo").asInt()).isEqualTo(DossierStatus.IN_PROCESS.code());
            assertThat(onPortal.get("attachments")).hasSize(1);
            assertThat(onPortal.get("attachments").get(0).get("sha256").asText()).isEqualTo(scan.sha256());
            assertThat(states(desk, firstId, secondId).values()).containsOnly(SyncState.SYNCED);

            // a second run sends nothing again: the portal's versions do not move
            long version = onPortal.get("version").asLong();
            assertThat(runner.runUntilEmpty(Duration.ofSeconds(30)).sent()).isZero();
            assertThat(find(SandboxClient.of(portal.url()).dossiers(), first).get("version").asLong()).isEqualTo(version);

            // the citizen withdraws the second dossier online while the desk, offline, moves it on
            SandboxClient.of(portal.url()).withdraw(secondId, "Công dân rút hồ sơ trên Cổng");
            desk.processing().handOver(clerk, second, new HandOver("lan", null, null, null));
            runner.runUntilEmpty(Duration.ofSeconds(60));
            assertThat(find(SandboxClient.of(portal.url()).dossiers(), second).get("TrangThaiHoSo").asInt())
                    .isEqualTo(DossierStatus.WITHDRAWN.code());
            Dossier after = desk.dossierQuery().story(second).dossier();
            assertThat(after.status()).isEqualTo(DossierStatus.WITHDRAWN);
            List<OutboxEntry> entries = desk.database().sessionFactory().fromTransaction(s -> new Outbox(java.time.Clock.systemUTC()).of(s, secondId));
            OutboxEntry refused = entries.stream().filter(e -> e.action().equals("HAND_OVER")).findFirst().orElseThrow();
            assertThat(refused.state()).isEqualTo(OutboxEntry.State.REJECTED);
            assertThat(refused.errorCode()).isEqualTo("transition_refused");
            assertThat(states(desk, secondId).get(secondId)).isIn(SyncState.REJECTED, SyncState.CONFLICT);
        }
    }

    private static Map<UUID, SyncState> states(AppContext desk, UUID... ids) {
        return desk.database().sessionFactory().fromTransaction(s -> SyncStates.of(s, List.of(ids)));
    }

    private static UUID id(AppContext desk, String code) {
        return desk.dossierQuery().story(code).dossier().id();
    }

    private static JsonNode find(JsonNode dossiers, String code) {
        for (JsonNode d : dossiers) {
            if (d.get("MaHoSo").asText().equals(code)) {
                return d;
            }
        }
        throw new AssertionError("the portal holds no " + code + ": " + dossiers);
    }

    /** A small JPEG of coloured dots, another picture for each {@code seed}. */
    static Path jpeg(Path file, long seed) throws Exception {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 3000; i++) {
            img.setRGB(r.nextInt(120), r.nextInt(160), r.nextInt(0xFFFFFF));
        }
        ImageIO.write(img, "jpg", file.toFile());
        return file;
    }
}
