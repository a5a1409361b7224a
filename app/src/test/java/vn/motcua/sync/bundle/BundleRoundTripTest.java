package vn.motcua.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncDossier;
import vn.motcua.sync.SyncRunner;
import vn.motcua.sync.SyncState;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.TestOffice;

/**
 * The whole hand-carried way with the real desk and the real sandbox portal: a day's counter work
 * done offline is exported, applied by the portal, and its acknowledgement imported; the portal
 * ends exactly where the same queue sent online leaves a second fresh portal, and the desk shows
 * every dossier synced at the portal's version.
 */
class BundleRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void aBundleLandsLikeTheOnlineSendAndItsAckSettlesTheQueue() throws Exception {
        try (PortalHarness carried = PortalHarness.start(dir.resolve("portal-1"));
             PortalHarness online = PortalHarness.start(dir.resolve("portal-2"))) {
            Path deskDir = dir.resolve("desk");
            OfflineDesk.Workload work;
            try (AppContext desk = OfflineDesk.open(deskDir, carried)) {
                work = OfflineDesk.work(desk, Files.createDirectories(dir.resolve("scans")));
            }
            OfflineDesk.copy(deskDir, dir.resolve("twin"));

            try (AppContext desk = TestOffice.open(deskDir)) {
                List<OutboxEntry> queued = OfflineDesk.outbox(desk);
                assertThat(queued).extracting(OutboxEntry::action)
                        .contains("RECEIVE", "DOCUMENT_UPLOAD", "HAND_OVER", "DOCUMENT_REMOVE");
                long[] progress = {0, 0};
                BundleExport.Result bundle = desk.sync().bundleExport().export(Actor.SYSTEM, dir.resolve("goi.json"),
                        (written, total) -> {
                            assertThat(written).isGreaterThanOrEqualTo(progress[0]);
                            progress[0] = written;
                            progress[1] = total;
                        });
                assertThat(bundle.opIds()).containsExactlyInAnyOrderElementsOf(queued.stream().map(OutboxEntry::id).toList());
                assertThat(bundle.attachments()).isEqualTo(3);
                assertThat(progress[0]).isEqualTo(bundle.bytes()).isEqualTo(progress[1]).isEqualTo(Files.size(bundle.file()));
                try (var left = Files.list(dir)) {
                    assertThat(left.filter(p -> p.getFileName().toString().endsWith(".part"))).as("no temporary file left").isEmpty();
                }
                assertThat(OfflineDesk.states(desk, work).values()).as("nothing changes before the ack").containsOnly(SyncState.QUEUED);

                SandboxClient.Reply ack = SandboxClient.of(carried.url()).applyBundle(Files.readAllBytes(bundle.file()));
                assertThat(ack.status()).as(String.valueOf(ack.body())).isEqualTo(200);
                assertThat(ack.body().get("bundleSha256").asText()).isEqualTo(bundle.sha256());
                Path ackFile = Files.writeString(dir.resolve("xac-nhan.json"), ack.body().toString());

                BundleAcks.Summary summary = desk.sync().bundleAcks().importAck(Actor.SYSTEM, ackFile);
                assertThat(summary).isEqualTo(new BundleAcks.Summary(bundle.sha256(), queued.size(), 0, 0, 0, 0, false));
                assertThat(OfflineDesk.outbox(desk)).extracting(OutboxEntry::state).containsOnly(OutboxEntry.State.DONE);
                assertThat(OfflineDesk.states(desk, work).values()).containsOnly(SyncState.SYNCED);
                for (String code : work.codes()) {
                    UUID id = OfflineDesk.id(desk, code);
                    SyncDossier known = OfflineDesk.known(desk, id);
                    long onPortal = versionOf(SandboxClient.of(carried.url()).dossiers(), id);
                    assertThat(known.serverVersion()).as("the desk knows the portal's version of " + code).isEqualTo(onPortal);
                    assertThat(known.syncedAt()).isNotNull();
                }

                // the same ack again, and the same bundle applied again: nothing moves anywhere
                JsonNode before = OfflineDesk.portalState(carried);
                assertThat(desk.sync().bundleAcks().importAck(Actor.SYSTEM, ackFile).repeated()).isTrue();
                SandboxClient.Reply again = SandboxClient.of(carried.url()).applyBundle(Files.readAllBytes(bundle.file()));
                assertThat(again.status()).isEqualTo(200);
                assertThat(OfflineDesk.portalState(carried)).isEqualTo(before);
                Path secondAck = Files.writeString(dir.resolve("xac-nhan-2.json"), again.body().toPrettyString());
                BundleAcks.Summary replayed = desk.sync().bundleAcks().importAck(Actor.SYSTEM, secondAck);
                assertThat(replayed.done() + replayed.rejected() + replayed.conflicts() + replayed.waiting()).isZero();
                assertThat(replayed.ignored()).isEqualTo(queued.size());
                assertThat(OfflineDesk.outbox(desk)).extracting(OutboxEntry::state).containsOnly(OutboxEntry.State.DONE);
            }

            // the same queue sent online by the twin desk to a second fresh portal
            try (AppContext twin = TestOffice.open(dir.resolve("twin"))) {
                OfflineDesk.configure(twin, online);
                SyncRunner.RunReport r = twin.sync().runner().runUntilEmpty(Duration.ofSeconds(60));
                assertThat(r.empty()).as(r.toString()).isTrue();
            }
            JsonNode viaBundle = OfflineDesk.portalState(carried);
            assertThat(viaBundle).hasSize(2);
            assertThat(viaBundle.get(0).at("/snapshot/files")).hasSize(2);
            assertThat(viaBundle.get(0).at("/snapshot/files").findValues("removed")).extracting(JsonNode::asBoolean)
                    .containsExactlyInAnyOrder(false, true);
            assertThat(viaBundle).isEqualTo(OfflineDesk.portalState(online));
        }
    }

    private static long versionOf(JsonNode dossiers, UUID id) {
        for (JsonNode d : dossiers) {
            if (d.get("uuid").asText().equals(id.toString())) {
                return d.get("version").asLong();
            }
        }
        throw new AssertionError("the portal holds no " + id);
    }
}
