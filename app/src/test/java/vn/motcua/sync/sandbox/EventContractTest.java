package vn.motcua.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sync.sandbox.PortalHarness.dossier;
import static vn.motcua.sync.sandbox.PortalHarness.nextCode;
import static vn.motcua.sync.sandbox.PortalHarness.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.Refused;

/** Contract v1, events: the log, status moves by the national table, the closed statuses, the portal's withdrawal. */
class EventContractTest extends SandboxContract {
    private UUID received() {
        UUID id = UUID.randomUUID();
        assertThat(desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, nextCode())))).isInstanceOf(Accepted.class);
        return id;
    }

    @Test
    void eventsMoveTheStatusAlongTheNationalTableAndRepeatsAnswerTheSame() {
        UUID id = received();
        UUID handOver = UUID.randomUUID();
        String body = "{\"type\":\"HAND_OVER\",\"TrangThaiHoSo\":4,\"GhiChu\":\"Chuyển cán bộ tư pháp\"}";
        Accepted first = (Accepted) desk.putEvent(id, handOver, UUID.randomUUID(), body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.body().get("TrangThaiHoSo").asInt()).isEqualTo(4);
        assertThat(first.version()).isEqualTo(2L);

        Accepted repeat = (Accepted) desk.putEvent(id, handOver, UUID.randomUUID(), body);
        assertThat(repeat.status()).as("same event, another opId").isEqualTo(200);
        assertThat(repeat.body()).isEqualTo(first.body());

        Refused otherBody = (Refused) desk.putEvent(id, handOver, UUID.randomUUID(), "{\"type\":\"HAND_OVER\",\"TrangThaiHoSo\":9}");
        assertThat(otherBody.error()).isEqualTo("exists_different");

        Accepted note = (Accepted) desk.putEvent(id, UUID.randomUUID(), UUID.randomUUID(), "{\"type\":\"RATE\",\"MucDoHaiLong\":1}");
        assertThat(note.body().get("TrangThaiHoSo").asInt()).as("an event without a status keeps it").isEqualTo(4);
        assertThat(note.body().get("seq").asLong()).isGreaterThan(first.body().get("seq").asLong());

        Refused jump = (Refused) desk.putEvent(id, UUID.randomUUID(), UUID.randomUUID(), "{\"type\":\"RETURN\",\"TrangThaiHoSo\":10}");
        assertThat(jump.status()).isEqualTo(409);
        assertThat(jump.error()).isEqualTo("transition_refused");
        assertThat(jump.body().get("TrangThaiHoSo").asInt()).isEqualTo(4);

        JsonNode snap = ((Accepted) desk.getDossier(id)).body();
        assertThat(snap.get("events")).hasSize(2);
        assertThat(snap.get("events").get(0).get("origin").asText()).isEqualTo("desk:" + PortalHarness.CLIENT);
    }

    @Test
    void portalWithdrawalWinsOverDeskProgressMadeOffline() {
        UUID id = received();
        SandboxClient.of(portal.url()).withdraw(id, "Công dân rút hồ sơ");

        Refused progress = (Refused) desk.putEvent(id, UUID.randomUUID(), UUID.randomUUID(), "{\"type\":\"HAND_OVER\",\"TrangThaiHoSo\":4}");
        assertThat(progress.status()).as("fault 20").isEqualTo(409);
        assertThat(progress.error()).isEqualTo("transition_refused");
        assertThat(progress.message()).contains("closed");
        assertThat(progress.body().get("TrangThaiHoSo").asInt()).isEqualTo(7);

        Accepted note = (Accepted) desk.putEvent(id, UUID.randomUUID(), UUID.randomUUID(), "{\"type\":\"NOTE\",\"GhiChu\":\"ghi chú\"}");
        assertThat(note.body().get("TrangThaiHoSo").asInt()).as("notes are kept on a closed dossier").isEqualTo(7);
        JsonNode events = ((Accepted) desk.getDossier(id)).body().get("events");
        assertThat(events.get(0).get("origin").asText()).isEqualTo("portal");
        assertThat(events.get(0).get("type").asText()).isEqualTo("WITHDRAW");
    }

    @Test
    void anEventBeforeItsDossierIsNotFound() {
        Refused r = (Refused) desk.putEvent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "{\"type\":\"ACCEPT\",\"TrangThaiHoSo\":2}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.error()).isEqualTo("not_found");
    }
}
