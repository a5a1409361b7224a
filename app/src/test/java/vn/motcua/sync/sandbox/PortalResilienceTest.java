package vn.motcua.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sync.sandbox.PortalHarness.AGENCY;
import static vn.motcua.sync.sandbox.PortalHarness.dossier;
import static vn.motcua.sync.sandbox.PortalHarness.nextCode;
import static vn.motcua.sync.sandbox.PortalHarness.text;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.motcua.sync.http.HttpPortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.RetryLater;
import vn.motcua.sync.portal.PortalAnswer.Unauthorized;

/** Portal-side faults: 500 before / after the commit, 503 with Retry-After, expired tokens, a restart. */
class PortalResilienceTest extends SandboxContract {
    /** Throws once on the chosen side of the commit of one route. */
    static final class FailOnce implements SandboxFaults {
        final AtomicBoolean armed = new AtomicBoolean(true);
        final boolean before;

        FailOnce(boolean before) {
            this.before = before;
        }

        @Override
        public void beforeCommit(String route) {
            if (before && route.equals("PUT /v1/dossiers/{uuid}") && armed.getAndSet(false)) {
                throw new IllegalStateException("injected before commit");
            }
        }

        @Override
        public void afterCommit(String route) {
            if (!before && route.equals("PUT /v1/dossiers/{uuid}") && armed.getAndSet(false)) {
                throw new IllegalStateException("injected after commit");
            }
        }
    }

    @Test
    void aFailureBeforeTheCommitKeepsNothingAndTheRetryCreates() {
        portal.server().faults(new FailOnce(true));
        UUID id = UUID.randomUUID();
        UUID op = UUID.randomUUID();
        String body = text(dossier(id, nextCode()));
        RetryLater failed = (RetryLater) desk.putDossier(id, op, null, body);
        assertThat(failed.status()).as("fault 4").isEqualTo(500);
        assertThat(failed.reason()).isEqualTo("internal");
        assertThat(desk.getDossier(id)).isInstanceOf(PortalAnswer.Refused.class);
        assertThat(((Accepted) desk.putDossier(id, op, null, body)).status()).isEqualTo(201);
    }

    @Test
    void aFailureAfterTheCommitIsAnsweredFromTheStoreOnRetry() {
        portal.server().faults(new FailOnce(false));
        UUID id = UUID.randomUUID();
        UUID op = UUID.randomUUID();
        String body = text(dossier(id, nextCode()));
        assertThat(desk.putDossier(id, op, null, body)).isInstanceOf(RetryLater.class);
        Accepted retry = (Accepted) desk.putDossier(id, op, null, body);
        assertThat(retry.status()).as("fault 5: the stored 201, no 409 loop").isEqualTo(201);
        assertThat(retry.version()).isEqualTo(1L);
        assertThat(SandboxClient.of(portal.url()).dossiers()).hasSize(1);
    }

    @Test
    void concurrentDuplicatesOfOneRequestMakeOneMutation() throws Exception {
        UUID id = UUID.randomUUID();
        UUID op = UUID.randomUUID();
        String body = text(dossier(id, nextCode()));
        desk.authenticate();
        java.util.concurrent.ExecutorService senders = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            java.util.List<java.util.concurrent.Future<PortalAnswer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(senders.submit(() -> desk.putDossier(id, op, null, body)));
            }
            java.util.Set<String> bodies = new java.util.HashSet<>();
            for (var f : answers) {
                Accepted a = (Accepted) f.get();
                assertThat(a.status()).as("fault 7: every duplicate gets the one answer").isEqualTo(201);
                bodies.add(a.body().toString());
            }
            assertThat(bodies).hasSize(1);
        } finally {
            senders.shutdown();
        }
        assertThat(((Accepted) desk.getDossier(id)).version()).isEqualTo(1L);
        assertThat(((Accepted) desk.changes(AGENCY, null, 100)).body().get("changes")).hasSize(1);
    }

    @Test
    void overloadAnswers503WithRetryAfter() {
        desk.authenticate();
        portal.server().overloaded(Duration.ofSeconds(42));
        RetryLater busy = (RetryLater) desk.getDossier(UUID.randomUUID());
        assertThat(busy.status()).as("fault 25").isEqualTo(503);
        assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(42));
        assertThat(busy.serverDate()).isNotNull();
        portal.server().overloaded(null);
        assertThat(desk.getDossier(UUID.randomUUID())).isInstanceOf(PortalAnswer.Refused.class);
    }

    @Test
    void expiredTokensAreRefreshedByAuthenticate() {
        UUID id = UUID.randomUUID();
        desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, nextCode())));
        portal.server().expireTokens();
        assertThat(desk.getDossier(id)).as("fault 24").isInstanceOf(Unauthorized.class);
        assertThat(desk.authenticate()).isInstanceOf(Accepted.class);
        assertThat(desk.getDossier(id)).isInstanceOf(Accepted.class);

        portal.clock.advance(Duration.ofSeconds(901));
        assertThat(desk.getDossier(id)).as("--token-ttl").isInstanceOf(Unauthorized.class);
        HttpPortalAdapter wrong = new HttpPortalAdapter(portal.url(), PortalHarness.CLIENT, "sai-mat-khau", portal.clock);
        PortalAnswer.Refused refused = (PortalAnswer.Refused) wrong.authenticate();
        assertThat(refused.error()).isEqualTo("invalid_client");
    }

    @Test
    void aRestartKeepsDossiersUploadsIdempotencyAndCursors() throws Exception {
        UUID id = UUID.randomUUID();
        UUID op = UUID.randomUUID();
        String body = text(dossier(id, nextCode()));
        Accepted created = (Accepted) desk.putDossier(id, op, null, body);
        UUID att = UUID.randomUUID();
        byte[] bytes = "half of a scan".getBytes();
        desk.openUpload(att, UUID.randomUUID(), UploadContractTest.sha(bytes), bytes.length, "application/pdf");
        desk.sendChunk(att, 0, bytes, 5);
        String cursor = ((Accepted) desk.changes(AGENCY, null, 100)).body().get("nextCursor").asText();

        portal.restart();
        HttpPortalAdapter after = portal.adapter();
        Accepted replay = (Accepted) after.putDossier(id, op, null, body);
        assertThat(replay.status()).as("fault 9: stored answer survives").isEqualTo(201);
        assertThat(replay.body()).isEqualTo(created.body());
        assertThat(((Accepted) after.uploadOffset(att)).body().get("offset").asLong()).isEqualTo(5);
        after.sendChunk(att, 5, java.util.Arrays.copyOfRange(bytes, 5, bytes.length), bytes.length - 5);
        assertThat(after.finishUpload(att)).isInstanceOf(Accepted.class);
        Accepted page = (Accepted) after.changes(AGENCY, cursor, 100);
        assertThat(page.body().get("changes")).as("the old cursor is still valid").isEmpty();
        desk = after;
    }
}
