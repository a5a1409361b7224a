package vn.motcua.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sync.sandbox.PortalHarness.dossier;
import static vn.motcua.sync.sandbox.PortalHarness.nextCode;
import static vn.motcua.sync.sandbox.PortalHarness.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.Refused;
import vn.motcua.sync.portal.PortalAnswer.Stale;

/** Contract v1, dossiers: create, replay, conflicts, If-Match, ownership, agencies — through the real adapter and server. */
class DossierContractTest extends SandboxContract {
    @Test
    void createIsIdempotentPerOpIdAndPerContent() {
        UUID id = UUID.randomUUID();
        UUID op = UUID.randomUUID();
        String code = nextCode();
        String body = text(dossier(id, code));

        Accepted created = (Accepted) desk.putDossier(id, op, null, body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.version()).isEqualTo(1L);
        assertThat(created.serverDate()).as("Date header on every answer").isNotNull();
        assertThat(created.body().get("MaHoSo").asText()).isEqualTo(code);
        assertThat(created.body().get("origin").asText()).isEqualTo("desk");
        assertThat(created.body().get("ChuHoSo").asText()).isEqualTo("Nguyễn Thị Hoa");

        Accepted replay = (Accepted) desk.putDossier(id, op, null, body);
        assertThat(replay.status()).as("same opId replays the stored answer").isEqualTo(201);
        assertThat(replay.body()).isEqualTo(created.body());

        ObjectNode laterClock = dossier(id, code).put("deviceTime", "20261125090000");
        Accepted again = (Accepted) desk.putDossier(id, UUID.randomUUID(), null, text(laterClock));
        assertThat(again.status()).as("another opId of the same create, device time ignored").isEqualTo(200);
        assertThat(again.version()).isEqualTo(1L);

        Refused different = (Refused) desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, code).put("ChuHoSo", "Lê Văn Tám")));
        assertThat(different.status()).isEqualTo(409);
        assertThat(different.error()).isEqualTo("exists_different");

        Refused reused = (Refused) desk.putDossier(id, op, null, text(dossier(id, code).put("ChuHoSo", "Lê Văn Tám")));
        assertThat(reused.status()).as("fault 19: same opId, other body").isEqualTo(422);
        assertThat(reused.error()).isEqualTo("idempotency_key_reused");

        assertThat(((Accepted) desk.getDossier(id)).body().get("version").asLong()).isEqualTo(1);
    }

    @Test
    void ifMatchUpdatesOrAnswersStaleWithTheCurrentSnapshot() {
        UUID id = UUID.randomUUID();
        String code = nextCode();
        desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, code)));

        Accepted updated = (Accepted) desk.putDossier(id, UUID.randomUUID(), 1L, text(dossier(id, code).put("SoDienThoai", "0988000111")));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.version()).isEqualTo(2L);
        assertThat(updated.body().get("SoDienThoai").asText()).isEqualTo("0988000111");

        PortalAnswer stale = desk.putDossier(id, UUID.randomUUID(), 1L, text(dossier(id, code).put("SoDienThoai", "0977")));
        assertThat(stale).isInstanceOf(Stale.class);
        assertThat(((Stale) stale).current().get("version").asLong()).isEqualTo(2);
        assertThat(((Stale) stale).current().get("SoDienThoai").asText()).isEqualTo("0988000111");

        Accepted patched = (Accepted) desk.patchDossier(id, UUID.randomUUID(), 2L, "{\"Email\":\"hoa@example.vn\"}");
        assertThat(patched.version()).isEqualTo(3L);
        assertThat(patched.body().get("Email").asText()).isEqualTo("hoa@example.vn");
        assertThat(patched.body().get("SoDienThoai").asText()).as("PATCH keeps other fields").isEqualTo("0988000111");
        assertThat(desk.patchDossier(id, UUID.randomUUID(), 2L, "{\"Email\":\"x@example.vn\"}")).isInstanceOf(Stale.class);

        Refused fees = (Refused) desk.patchDossier(id, UUID.randomUUID(), 3L, "{\"PhiLePhi\":[{\"SoTien\":1}]}");
        assertThat(fees.status()).isEqualTo(409);
        assertThat(fees.error()).isEqualTo("portal_owned");
        assertThat(fees.fields()).containsKey("PhiLePhi");
    }

    @Test
    void aPortalSideEditMakesTheDesksVersionStale() {
        UUID id = UUID.randomUUID();
        desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, nextCode())));
        ObjectNode change = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("SoDienThoai", "0900000001");
        assertThat(SandboxClient.of(portal.url()).edit(id, change).get("version").asLong()).isEqualTo(2);

        Stale stale = (Stale) desk.patchDossier(id, UUID.randomUUID(), 1L, "{\"SoDienThoai\":\"0911111111\"}");
        assertThat(stale.current().get("SoDienThoai").asText()).as("faults 21/35: nothing silently overwritten").isEqualTo("0900000001");
        Accepted feed = (Accepted) desk.changes(PortalHarness.AGENCY, null, 10);
        assertThat(feed.body().get("changes").get(1).get("origin").asText()).isEqualTo("portal");
    }

    @Test
    void patchWithoutIfMatchIs428() throws Exception {
        UUID id = UUID.randomUUID();
        desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, nextCode())));
        HttpResponse<String> r = portal.raw("PATCH", "/v1/dossiers/" + id, Map.of("Authorization", "Bearer " + portal.token(),
                "Idempotency-Key", UUID.randomUUID().toString(), "Content-Type", "application/json"), "{\"Email\":\"a@b.vn\"}");
        assertThat(r.statusCode()).isEqualTo(428);
        assertThat(PortalHarness.parse(r.body()).get("error").asText()).isEqualTo("if_match_required");
        assertThat(r.headers().firstValue("Date")).isPresent();

        HttpResponse<String> noKey = portal.raw("PUT", "/v1/dossiers/" + UUID.randomUUID(), Map.of("Authorization",
                "Bearer " + portal.token()), "{}");
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(PortalHarness.parse(noKey.body()).get("error").asText()).isEqualTo("idempotency_key_required");

        HttpResponse<String> noToken = portal.raw("GET", "/v1/dossiers/" + id, Map.of(), null);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(PortalHarness.parse(noToken.body()).get("error").asText()).isEqualTo("token_expired");
    }

    @Test
    void onlineDossierContentBelongsToThePortal() throws Exception {
        UUID online = SandboxClient.of(portal.url()).onlineDossier(PortalHarness.AGENCY, "1.001193", "Đăng ký khai sinh",
                "Trần Văn Bình", "001090000001").uuid();
        Accepted got = (Accepted) desk.getDossier(online);
        assertThat(got.body().get("origin").asText()).isEqualTo("portal");
        assertThat(got.body().get("KenhThucHien").asInt()).isEqualTo(2);
        assertThat(got.body().get("TrangThaiHoSo").asInt()).isEqualTo(1);

        Refused owned = (Refused) desk.patchDossier(online, UUID.randomUUID(), got.version(), "{\"ChuHoSo\":\"Trần Văn B\"}");
        assertThat(owned.error()).isEqualTo("portal_owned");
        assertThat(owned.fields()).containsOnlyKeys("ChuHoSo");
    }

    @Test
    void codeTakenNotFoundWrongAgencyAndMissingAttachment() {
        UUID first = UUID.randomUUID();
        String code = nextCode();
        desk.putDossier(first, UUID.randomUUID(), null, text(dossier(first, code)));

        UUID second = UUID.randomUUID();
        Refused taken = (Refused) desk.putDossier(second, UUID.randomUUID(), null, text(dossier(second, code)));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.error()).isEqualTo("code_taken");

        Refused unknown = (Refused) desk.getDossier(UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.error()).isEqualTo("not_found");

        Refused foreign = (Refused) portal.otherAgency().getDossier(first);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.error()).isEqualTo("wrong_agency");
        Refused foreignCode = (Refused) portal.otherAgency().putDossier(second, UUID.randomUUID(), null, text(dossier(second, nextCode())));
        assertThat(foreignCode.error()).isEqualTo("wrong_agency");

        UUID third = UUID.randomUUID();
        UUID att = UUID.randomUUID();
        ObjectNode withFile = dossier(third, nextCode());
        withFile.putArray("attachments").addObject().put("uuid", att.toString()).put("sha256", "ab".repeat(32));
        Refused missing = (Refused) desk.putDossier(third, UUID.randomUUID(), null, text(withFile));
        assertThat(missing.status()).as("fault 16").isEqualTo(422);
        assertThat(missing.error()).isEqualTo("attachment_missing");
        assertThat(missing.fields()).containsKey(att.toString());
        assertThat(desk.getDossier(third)).as("nothing kept of a refused create").isInstanceOf(Refused.class);
    }
}
