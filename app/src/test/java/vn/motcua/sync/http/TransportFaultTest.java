package vn.motcua.sync.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sync.sandbox.PortalHarness.dossier;
import static vn.motcua.sync.sandbox.PortalHarness.nextCode;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.NoAnswer;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;

/**
 * How the adapter classifies a bad line, through {@link FaultProxy} in front of the real
 * portal, and that resending the same opId then converges to one mutation (faults 1, 2, 3, 6).
 */
class TransportFaultTest {
    static final HttpPortalAdapter.Timeouts SHORT = new HttpPortalAdapter.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), 64 * 1024);
    @TempDir
    Path dir;
    PortalHarness portal;
    FaultProxy proxy;
    HttpPortalAdapter desk;

    @BeforeEach
    void start() throws Exception {
        portal = PortalHarness.start(dir);
        proxy = FaultProxy.start(portal.server().port());
        desk = new HttpPortalAdapter(proxy.url(), PortalHarness.CLIENT, PortalHarness.SECRET, portal.clock, SHORT);
        assertThat(desk.authenticate()).isInstanceOf(Accepted.class);
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        portal.close();
    }

    private JsonNode portalDossiers() {
        return SandboxClient.of(portal.url()).dossiers();
    }

    @Test
    void aRefusedConnectionCertainlyDeliveredNothing() throws Exception {
        proxy.down();
        NoAnswer none = (NoAnswer) desk.getDossier(UUID.randomUUID());
        assertThat(none.maybeDelivered()).as("fault 1").isFalse();
        proxy.up();
        assertThat(desk.getDossier(UUID.randomUUID())).isInstanceOf(PortalAnswer.Refused.class);
    }

    @Test
    void aResetWhileTheBodyIsSentIsUnknownAndTheResendCreatesOnce() {
        UUID id = UUID.randomUUID();
        UUID op = UUID.randomUUID();
        String body = dossier(id, nextCode()).toString();
        proxy.resetRequestBody(40);
        NoAnswer cut = (NoAnswer) desk.putDossier(id, op, null, body);
        assertThat(cut.maybeDelivered()).as("fault 2").isTrue();
        assertThat(portalDossiers()).as("a partial body never reaches a route").isEmpty();

        Accepted resent = (Accepted) desk.putDossier(id, op, null, body);
        assertThat(resent.status()).isEqualTo(201);
        assertThat(portalDossiers()).hasSize(1);
    }

    @Test
    void aLostAnswerIsUnknownAndTheResendGetsTheStoredAnswer() {
        UUID id = UUID.randomUUID();
        UUID op = UUID.randomUUID();
        String body = dossier(id, nextCode()).toString();
        proxy.dropAnswer();
        NoAnswer lost = (NoAnswer) desk.putDossier(id, op, null, body);
        assertThat(lost.maybeDelivered()).as("fault 3").isTrue();
        assertThat(portalDossiers()).as("the portal committed").hasSize(1);

        Accepted resent = (Accepted) desk.putDossier(id, op, null, body);
        assertThat(resent.status()).as("the stored answer, not 409").isEqualTo(201);
        assertThat(resent.version()).isEqualTo(1L);
        assertThat(portalDossiers()).hasSize(1);
    }

    @Test
    void truncatedOrMalformedAnswersAreUnknownAndTheResendReplays() {
        UUID id = UUID.randomUUID();
        UUID op = UUID.randomUUID();
        String body = dossier(id, nextCode()).toString();
        proxy.truncateAnswer(200);
        NoAnswer truncated = (NoAnswer) desk.putDossier(id, op, null, body);
        assertThat(truncated.maybeDelivered()).as("fault 6, cut short").isTrue();

        proxy.corruptAnswer();
        NoAnswer malformed = (NoAnswer) desk.putDossier(id, op, null, body);
        assertThat(malformed.maybeDelivered()).as("fault 6, malformed").isTrue();
        assertThat(malformed.reason()).contains("malformed");

        Accepted resent = (Accepted) desk.putDossier(id, op, null, body);
        assertThat(resent.status()).isEqualTo(201);
        assertThat(portalDossiers()).hasSize(1);
    }

    @Test
    void aSlowAnswerTimesOutAsUnknown() {
        UUID id = UUID.randomUUID();
        UUID op = UUID.randomUUID();
        String body = dossier(id, nextCode()).toString();
        proxy.delay(Duration.ofMillis(2500));
        NoAnswer slow = (NoAnswer) desk.putDossier(id, op, null, body);
        assertThat(slow.maybeDelivered()).isTrue();
        assertThat(slow.reason()).contains("timeout");
        proxy.pass();
        assertThat(((Accepted) desk.putDossier(id, op, null, body)).status()).isEqualTo(201);
    }
}
