package vn.motcua.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncState;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.ReadOnlyDirectory;
import vn.motcua.testing.TestOffice;

/**
 * What is refused, and what stays as it was when something is: an action the portal refuses
 * inside an applied bundle (only that entry is REJECTED, with the portal's reason), an
 * acknowledgement that is malformed or for another bundle, an export with nothing to carry or
 * nowhere to write.
 */
class BundleRefusalTest {
    @TempDir
    Path dir;

    @Test
    void aMoveThePortalRefusesInsideTheBundleIsRejectedWithItsReasonAndTheOthersAreDone() throws Exception {
        try (PortalHarness portal = PortalHarness.start(dir.resolve("portal"));
             AppContext desk = OfflineDesk.open(dir.resolve("desk"), portal)) {
            Actor clerk = Processing.staff(desk)[0];
            String withdrawn = Processing.receive(desk, clerk);
            String kept = Processing.receive(desk, clerk);
            assertThat(desk.sync().runner().runUntilEmpty(Duration.ofSeconds(60)).empty()).isTrue();
            // the citizen withdraws one dossier on the portal; the desk, offline, hands both over
            SandboxClient.of(portal.url()).withdraw(OfflineDesk.id(desk, withdrawn), "Công dân rút hồ sơ trên Cổng");
            desk.processing().handOver(clerk, withdrawn, new HandOver("lan", null, null, null));
            desk.processing().handOver(clerk, kept, new HandOver("lan", null, null, null));

            BundleExport.Result bundle = desk.sync().bundleExport().export(Actor.SYSTEM, dir.resolve("goi.json"), null);
            assertThat(bundle.actions()).isEqualTo(2);
            SandboxClient.Reply ack = SandboxClient.of(portal.url()).applyBundle(Files.readAllBytes(bundle.file()));
            BundleAcks.Summary summary = desk.sync().bundleAcks().importAck(Actor.SYSTEM,
                    Files.writeString(dir.resolve("ack.json"), ack.body().toString()));

            assertThat(summary.done()).isEqualTo(1);
            assertThat(summary.rejected()).isEqualTo(1);
            OutboxEntry refused = handOver(desk, withdrawn);
            assertThat(refused.state()).isEqualTo(OutboxEntry.State.REJECTED);
            assertThat(refused.errorCode()).isEqualTo("transition_refused");
            assertThat(refused.httpStatus()).isEqualTo(409);
            assertThat(refused.lastError()).isNotBlank();
            assertThat(handOver(desk, kept).state()).isEqualTo(OutboxEntry.State.DONE);
            var states = OfflineDesk.states(desk, new OfflineDesk.Workload(List.of(withdrawn, kept)));
            assertThat(states.get(OfflineDesk.id(desk, withdrawn))).isIn(SyncState.REJECTED, SyncState.CONFLICT);
            assertThat(states.get(OfflineDesk.id(desk, kept))).isEqualTo(SyncState.SYNCED);
        }
    }

    @Test
    void anAckThatIsMalformedOrForAnotherBundleIsRefusedAndNothingIsWritten() throws Exception {
        try (PortalHarness portal = PortalHarness.start(dir.resolve("portal"));
             AppContext desk = OfflineDesk.open(dir.resolve("desk"), portal)) {
            OfflineDesk.work(desk, Files.createDirectories(dir.resolve("scans")));
            BundleExport.Result bundle = desk.sync().bundleExport().export(Actor.SYSTEM, dir.resolve("goi.json"), null);
            JsonNode real = SandboxClient.of(portal.url()).applyBundle(Files.readAllBytes(bundle.file())).body();
            List<OutboxEntry> before = OfflineDesk.outbox(desk);

            ObjectNode foreign = real.deepCopy();
            foreign.put("bundleSha256", "ab".repeat(32));
            refused(desk, Files.writeString(dir.resolve("foreign.json"), foreign.toString()), "sync.bundle.ackForeign");

            ObjectNode stranger = real.deepCopy();
            ((ObjectNode) stranger.get("results").get(0)).put("opId", UUID.randomUUID().toString());
            refused(desk, Files.writeString(dir.resolve("stranger.json"), stranger.toString()), "sync.bundle.ackMismatch");

            String text = real.toString();
            refused(desk, Files.writeString(dir.resolve("cut.json"), text.substring(0, text.length() / 2)), "sync.bundle.ackMalformed");
            refused(desk, Files.writeString(dir.resolve("bundle.json"), Files.readString(bundle.file())), "sync.bundle.ackMalformed");
            ObjectNode badStatus = real.deepCopy();
            ((ObjectNode) badStatus.get("results").get(0)).put("status", "OK");
            refused(desk, Files.writeString(dir.resolve("status.json"), badStatus.toString()), "sync.bundle.ackMalformed");
            refused(desk, dir.resolve("missing.json"), "sync.bundle.ackUnreadable");

            assertThat(OfflineDesk.outbox(desk)).usingRecursiveFieldByFieldElementComparator().isEqualTo(before);
            long acks = desk.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                    "select count(a) from SyncBundleAck a", Long.class).getSingleResult());
            assertThat(acks).isZero();
            assertThat(audited(desk, "SYNC_BUNDLE_ACK")).isZero();
            assertThat(audited(desk, "SYNC_BUNDLE_EXPORT")).isEqualTo(1);
        }
    }

    @Test
    void anExportWithNothingToCarryNoSettingsOrNoRoomIsRefusedAndLeavesNoFile() throws Exception {
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"))) {
            exportRefused(desk, dir.resolve("goi.json"), "sync.config.missing");
            desk.sync().settings().configure(Actor.SYSTEM, "http://127.0.0.1:9", PortalHarness.CLIENT, PortalHarness.SECRET.toCharArray());
            exportRefused(desk, dir.resolve("goi.json"), "sync.bundle.nothing");

            Processing.receive(desk, Processing.staff(desk)[0]);
            exportRefused(desk, dir.resolve("no-such-folder").resolve("goi.json"), "sync.bundle.folderNotWritable");
            try (ReadOnlyDirectory ro = ReadOnlyDirectory.create(dir)) {
                exportRefused(desk, ro.path().resolve("goi.json"), "sync.bundle.folderNotWritable");
            }
            try (ReadOnlyDirectory full = ReadOnlyDirectory.fullDisk(dir)) {
                if (full != null) {
                    exportRefused(desk, full.path().resolve("goi.json"), "sync.bundle.noSpace");
                } else { // not root: no tmpfs to fill; the same check with the folder's free space read as 1 MB
                    BundleExport tight = new BundleExport(desk.database().sessionFactory(), desk.documents().store(),
                            desk.sync().settings()::require, () -> TestOffice.AGENCY, desk.audit(), java.time.Clock.systemUTC(),
                            folder -> 1024 * 1024);
                    assertThatThrownBy(() -> tight.export(Actor.SYSTEM, dir.resolve("goi.json"), null))
                            .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("sync.bundle.noSpace"));
                }
            }
            assertThat(Files.exists(dir.resolve("goi.json"))).isFalse();
            assertThat(audited(desk, "SYNC_BUNDLE_EXPORT")).isZero();
            assertThat(OfflineDesk.outbox(desk)).extracting(OutboxEntry::state).containsOnly(OutboxEntry.State.PENDING);
        }
    }

    private static void refused(AppContext desk, Path ack, String key) {
        assertThatThrownBy(() -> desk.sync().bundleAcks().importAck(Actor.SYSTEM, ack))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    private static void exportRefused(AppContext desk, Path target, String key) {
        assertThatThrownBy(() -> desk.sync().bundleExport().export(Actor.SYSTEM, target, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    private static OutboxEntry handOver(AppContext desk, String code) {
        UUID id = OfflineDesk.id(desk, code);
        return OfflineDesk.outbox(desk).stream().filter(e -> e.aggregateId().equals(id) && e.action().equals("HAND_OVER"))
                .findFirst().orElseThrow();
    }

    private static long audited(AppContext desk, String action) {
        return desk.database().sessionFactory().fromTransaction(s -> desk.audit().latest(s, 1000)).stream()
                .filter(a -> a.action().equals(action)).count();
    }
}
