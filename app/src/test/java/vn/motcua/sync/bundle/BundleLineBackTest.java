package vn.motcua.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.sync.OutboxEntry;
import vn.motcua.sync.SyncRunner;
import vn.motcua.sync.SyncState;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;

/**
 * The line comes back while the bundle is on its way: whichever reaches the portal first, the
 * other is answered from the portal's idempotency store (one dossier, one file, one event each),
 * and the acknowledgement that arrives late changes nothing on the desk. A bundle whose body was
 * changed on the way is refused whole.
 */
class BundleLineBackTest {
    @TempDir
    Path dir;

    @Test
    void bundleAppliedThenTheRunnerSendsTheSameEntriesOnlineThenTheLateAckChangesNothing() throws Exception {
        try (PortalHarness portal = PortalHarness.start(dir.resolve("portal"));
             AppContext desk = OfflineDesk.open(dir.resolve("desk"), portal)) {
            OfflineDesk.Workload work = OfflineDesk.work(desk, Files.createDirectories(dir.resolve("scans")));
            BundleExport.Result bundle = desk.sync().bundleExport().export(Actor.SYSTEM, dir.resolve("goi.json"), null);
            SandboxClient.Reply ack = SandboxClient.of(portal.url()).applyBundle(Files.readAllBytes(bundle.file()));
            assertThat(ack.status()).isEqualTo(200);
            JsonNode applied = OfflineDesk.portalState(portal);

            SyncRunner.RunReport r = desk.sync().runner().runUntilEmpty(Duration.ofSeconds(60));
            assertThat(r.empty()).as(r.toString()).isTrue();
            assertThat(r.sent()).as("the runner sent the same entries again").isGreaterThanOrEqualTo(bundle.actions());
            assertThat(OfflineDesk.portalState(portal)).as("answered from the store: nothing new on the portal").isEqualTo(applied);
            List<OutboxEntry> settled = OfflineDesk.outbox(desk);
            assertThat(settled).extracting(OutboxEntry::state).containsOnly(OutboxEntry.State.DONE);

            Path late = Files.writeString(dir.resolve("ack.json"), ack.body().toString());
            BundleAcks.Summary summary = desk.sync().bundleAcks().importAck(Actor.SYSTEM, late);
            assertThat(summary.ignored()).isEqualTo(bundle.actions());
            assertThat(summary.done() + summary.rejected() + summary.conflicts() + summary.waiting()).isZero();
            assertThat(doneAt(OfflineDesk.outbox(desk))).isEqualTo(doneAt(settled));
            assertThat(OfflineDesk.states(desk, work).values()).containsOnly(SyncState.SYNCED);
        }
    }

    @Test
    void theRunnerSendsFirstThenTheBundleArrivesAndChangesNothingOnThePortal() throws Exception {
        try (PortalHarness portal = PortalHarness.start(dir.resolve("portal"));
             AppContext desk = OfflineDesk.open(dir.resolve("desk"), portal)) {
            OfflineDesk.work(desk, Files.createDirectories(dir.resolve("scans")));
            BundleExport.Result bundle = desk.sync().bundleExport().export(Actor.SYSTEM, dir.resolve("goi.json"), null);
            assertThat(desk.sync().runner().runUntilEmpty(Duration.ofSeconds(60)).empty()).isTrue();
            JsonNode online = OfflineDesk.portalState(portal);

            SandboxClient.Reply ack = SandboxClient.of(portal.url()).applyBundle(Files.readAllBytes(bundle.file()));
            assertThat(ack.status()).isEqualTo(200);
            for (JsonNode result : ack.body().get("results")) {
                assertThat(result.get("status").asInt()).as(result.toString()).isBetween(200, 201);
            }
            assertThat(OfflineDesk.portalState(portal)).isEqualTo(online);
        }
    }

    @Test
    void aBundleWithOneByteOfABodyChangedIsRefusedWhole() throws Exception {
        try (PortalHarness portal = PortalHarness.start(dir.resolve("portal"));
             AppContext desk = OfflineDesk.open(dir.resolve("desk"), portal)) {
            OfflineDesk.work(desk, Files.createDirectories(dir.resolve("scans")));
            BundleExport.Result bundle = desk.sync().bundleExport().export(Actor.SYSTEM, dir.resolve("goi.json"), null);
            byte[] bytes = Files.readAllBytes(bundle.file());
            String text = new String(bytes, StandardCharsets.UTF_8);
            int at = text.indexOf("\"deviceTime\":\"") + "\"deviceTime\":\"".length();
            bytes[at] = (byte) (bytes[at] == '1' ? '2' : '1'); // still valid JSON, another clock reading

            SandboxClient.Reply refused = SandboxClient.of(portal.url()).applyBundle(bytes);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.body().get("error").asText()).isEqualTo("bad_signature");
            assertThat(SandboxClient.of(portal.url()).dossiers()).as("nothing applied").isEmpty();

            SandboxClient.Reply intact = SandboxClient.of(portal.url()).applyBundle(Files.readAllBytes(bundle.file()));
            assertThat(intact.status()).isEqualTo(200);
            assertThat(SandboxClient.of(portal.url()).dossiers()).hasSize(2);
        }
    }

    private static Map<UUID, java.time.Instant> doneAt(List<OutboxEntry> entries) {
        return entries.stream().collect(Collectors.toMap(OutboxEntry::id, OutboxEntry::doneAt));
    }
}
