package vn.motcua.sync.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sync.sandbox.PortalHarness.AGENCY;
import static vn.motcua.sync.sandbox.PortalHarness.dossier;
import static vn.motcua.sync.sandbox.PortalHarness.nextCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;

/** Fault 27: over a link that keeps dropping, resending the same opIds lands every action once and the pull cursor only moves forward. */
class FlappingLinkTest {
    @TempDir
    Path dir;

    @Test
    void everyActionLandsOnceAndTheCursorOnlyMovesForward() throws Exception {
        try (PortalHarness portal = PortalHarness.start(dir); FaultProxy proxy = FaultProxy.start(portal.server().port())) {
            HttpPortalAdapter desk = new HttpPortalAdapter(proxy.url(), PortalHarness.CLIENT, PortalHarness.SECRET, portal.clock,
                    new HttpPortalAdapter.Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), 64 * 1024));
            // short phases: with TCP_NODELAY a call takes a few ms, and 24 of them once fitted into one long "up" phase
            proxy.flap(Duration.ofMillis(30), Duration.ofMillis(30));
            int unknown = 0;
            for (int i = 0; i < 12; i++) {
                UUID id = UUID.randomUUID();
                UUID op = UUID.randomUUID();
                String body = dossier(id, nextCode()).toString();
                unknown += until(() -> desk.putDossier(id, op, null, body));
                UUID event = UUID.randomUUID();
                UUID eventOp = UUID.randomUUID();
                unknown += until(() -> desk.putEvent(id, event, eventOp, "{\"type\":\"HAND_OVER\",\"TrangThaiHoSo\":4}"));
            }
            long lastSeq = 0;
            String cursor = null;
            Set<String> changes = new HashSet<>();
            boolean more = true;
            while (more) {
                String from = cursor;
                PortalAnswer[] got = new PortalAnswer[1];
                until(() -> got[0] = desk.changes(AGENCY, from, 5));
                JsonNode page = ((Accepted) got[0]).body();
                for (JsonNode ch : page.get("changes")) {
                    assertThat(ch.get("seq").asLong()).isGreaterThan(lastSeq);
                    lastSeq = ch.get("seq").asLong();
                    changes.add(ch.get("changeId").asText());
                }
                cursor = page.get("nextCursor").asText();
                more = page.get("hasMore").asBoolean();
            }
            proxy.steady();
            JsonNode all = SandboxClient.of(portal.url()).dossiers();
            assertThat(all).hasSize(12);
            all.forEach(d -> assertThat(d.get("version").asLong()).as("create + one event, each once").isEqualTo(2));
            assertThat(changes).hasSize(24);
            assertThat(unknown).as("the link really flapped").isPositive();
        }
    }

    /** Repeats the call (same opId inside) until the portal answered; returns how many tries got no answer. */
    private static int until(Supplier<PortalAnswer> call) throws InterruptedException {
        int misses = 0;
        while (true) {
            PortalAnswer a = call.get();
            if (a instanceof PortalAnswer.NoAnswer) {
                misses++;
                assertThat(misses).isLessThan(200);
                Thread.sleep(30);
                continue;
            }
            if (a instanceof PortalAnswer.Unauthorized) {
                continue;
            }
            assertThat(a).isInstanceOf(Accepted.class);
            return misses;
        }
    }
}
