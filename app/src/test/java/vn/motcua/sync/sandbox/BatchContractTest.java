package vn.motcua.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sync.sandbox.PortalHarness.dossier;
import static vn.motcua.sync.sandbox.PortalHarness.nextCode;
import static vn.motcua.sync.sandbox.PortalHarness.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import vn.motcua.sync.http.AnswerMapper;
import vn.motcua.sync.http.ContractRequest;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;

/**
 * Contract v1, {@code POST /v1/batch}: keyed calls applied in order in one transaction, one
 * result each, sharing the idempotency store with the individual calls; a refusal holds back the
 * later actions of its dossier only.
 */
class BatchContractTest extends SandboxContract {
    static final ObjectMapper JSON = new ObjectMapper();
    static ContractRequest event(UUID dossier, UUID op, int status) {
        return ContractRequest.putEvent(dossier, op, op, JSON.createObjectNode().put("type", "HAND_OVER").put("TrangThaiHoSo", status)
                .toString());
    }

    static Map<UUID, PortalAnswer> results(PortalAnswer whole) {
        assertThat(whole).isInstanceOf(Accepted.class);
        return AnswerMapper.batchResults(((Accepted) whole).body());
    }

    @Test
    void actionsApplyInOrderWithOneResultEachAndARefusalHoldsBackOnlyItsDossier() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID bad = UUID.randomUUID();
        ContractRequest createA = ContractRequest.putDossier(a, UUID.randomUUID(), null, text(dossier(a, nextCode())));
        ContractRequest eventA = event(a, UUID.randomUUID(), 4);
        var broken = dossier(bad, nextCode());
        broken.remove("MaHoSo");
        ContractRequest createBad = ContractRequest.putDossier(bad, UUID.randomUUID(), null, text(broken));
        ContractRequest eventBad = event(bad, UUID.randomUUID(), 4);
        ContractRequest createB = ContractRequest.putDossier(b, UUID.randomUUID(), null, text(dossier(b, nextCode())));

        Map<UUID, PortalAnswer> answers = results(desk.batch(List.of(createA, eventA, createBad, eventBad, createB)));

        assertThat(answers.keySet()).containsExactly(createA.opId(), eventA.opId(), createBad.opId(), eventBad.opId(), createB.opId());
        assertThat(((Accepted) answers.get(createA.opId())).status()).isEqualTo(201);
        assertThat(((Accepted) answers.get(createA.opId())).version()).as("the ETag travels with each result").isEqualTo(1L);
        assertThat(((Accepted) answers.get(eventA.opId())).version()).isEqualTo(2L);
        assertThat(answers.get(createBad.opId())).isInstanceOf(PortalAnswer.Refused.class);
        PortalAnswer.Refused held = (PortalAnswer.Refused) answers.get(eventBad.opId());
        assertThat(held.status()).isEqualTo(424);
        assertThat(held.error()).isEqualTo("earlier_action_refused");
        assertThat(((Accepted) answers.get(createB.opId())).status()).as("other dossiers go on").isEqualTo(201);
        JsonNode held2 = SandboxClient.of(portal.url()).dossiers();
        assertThat(held2).hasSize(2);
    }

    @Test
    void aBatchRepeatedOrAnActionResentAloneChangesNothing() {
        UUID a = UUID.randomUUID();
        ContractRequest create = ContractRequest.putDossier(a, UUID.randomUUID(), null, text(dossier(a, nextCode())));
        ContractRequest hand = event(a, UUID.randomUUID(), 4);
        Map<UUID, PortalAnswer> first = results(desk.batch(List.of(create, hand)));
        Map<UUID, PortalAnswer> again = results(desk.batch(List.of(create, hand)));
        assertThat(((Accepted) again.get(create.opId())).status()).as("the stored answer").isEqualTo(201);
        assertThat(((Accepted) again.get(hand.opId())).body()).isEqualTo(((Accepted) first.get(hand.opId())).body());

        Accepted alone = (Accepted) desk.putEvent(a, hand.opId(), hand.opId(), hand.body());
        assertThat(alone.body()).as("a single resend is answered from the batch's store").isEqualTo(((Accepted) first.get(hand.opId())).body());
        JsonNode held = SandboxClient.of(portal.url()).dossiers();
        assertThat(held).hasSize(1);
        assertThat(held.get(0).get("version").asLong()).as("one create and one event, applied once").isEqualTo(2L);
    }

    @Test
    void onlyKeyedCallsOfTheContractMayBeBatched() throws Exception {
        String token = portal.token();
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
        UUID upload = UUID.randomUUID();
        String chunk = "{\"actions\":[{\"opId\":\"" + UUID.randomUUID() + "\",\"method\":\"POST\",\"path\":\"/v1/uploads/" + upload
                + "/finish\",\"headers\":{},\"body\":null}]}";
        JsonNode answer = PortalHarness.parse(portal.raw("POST", "/v1/batch", auth, chunk).body());
        assertThat(answer.get("results").get(0).get("status").asInt()).isEqualTo(400);
        assertThat(answer.get("results").get(0).get("body").get("error").asText()).isEqualTo("not_batchable");

        assertThat(portal.raw("POST", "/v1/batch", auth, "{\"actions\":[]}").statusCode()).isEqualTo(400);
        assertThat(portal.raw("POST", "/v1/batch", auth, "not json").statusCode()).isEqualTo(400);
        assertThat(portal.raw("POST", "/v1/batch", auth, "{\"actions\":[{\"opId\":\"x\",\"method\":\"POST\",\"path\":\"/v1/bundles\"}]}")
                .statusCode()).isEqualTo(400);
        StringBuilder many = new StringBuilder("{\"actions\":[");
        for (int i = 0; i <= BatchRoutes.MAX; i++) {
            UUID d = UUID.randomUUID();
            many.append(i == 0 ? "" : ",").append("{\"opId\":\"").append(UUID.randomUUID()).append("\",\"method\":\"PUT\",\"path\":\"/v1/dossiers/")
                    .append(d).append("\",\"headers\":{},\"body\":{}}");
        }
        assertThat(portal.raw("POST", "/v1/batch", auth, many.append("]}").toString()).statusCode()).isEqualTo(400);
        assertThat(portal.raw("POST", "/v1/batch", Map.of("Content-Type", "application/json"), "{\"actions\":[]}").statusCode())
                .as("a token is needed").isEqualTo(401);
        assertThat(SandboxClient.of(portal.url()).dossiers()).isEmpty();
    }

    @Test
    void aFailureBeforeTheBatchCommitKeepsNothingAndAfterItTheRetryIsAnsweredFromTheStore() {
        AtomicBoolean before = new AtomicBoolean(true);
        AtomicBoolean after = new AtomicBoolean(false);
        portal.server().faults(new SandboxFaults() {
            @Override
            public void beforeCommit(String route) {
                if (route.equals(PortalService.BATCH) && before.getAndSet(false)) {
                    throw new IllegalStateException("injected before commit");
                }
            }

            @Override
            public void afterCommit(String route) {
                if (route.equals(PortalService.BATCH) && after.getAndSet(false)) {
                    throw new IllegalStateException("injected after commit");
                }
            }
        });
        List<ContractRequest> creates = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID d = UUID.randomUUID();
            creates.add(ContractRequest.putDossier(d, UUID.randomUUID(), null, text(dossier(d, nextCode()))));
        }
        PortalAnswer failed = desk.batch(creates);
        assertThat(failed).isInstanceOf(PortalAnswer.RetryLater.class);
        assertThat(SandboxClient.of(portal.url()).dossiers()).as("nothing of the batch was kept").isEmpty();

        after.set(true);
        assertThat(desk.batch(creates)).as("committed, then the answer was lost").isInstanceOf(PortalAnswer.RetryLater.class);
        assertThat(SandboxClient.of(portal.url()).dossiers()).hasSize(3);
        Map<UUID, PortalAnswer> retry = results(desk.batch(creates));
        assertThat(retry.values()).allSatisfy(r -> assertThat(((Accepted) r).status()).isEqualTo(201));
        assertThat(SandboxClient.of(portal.url()).dossiers()).hasSize(3);
    }
}
