package vn.motcua.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sync.sandbox.PortalHarness.AGENCY;
import static vn.motcua.sync.sandbox.PortalHarness.CLIENT;
import static vn.motcua.sync.sandbox.PortalHarness.SECRET;
import static vn.motcua.sync.sandbox.PortalHarness.dossier;
import static vn.motcua.sync.sandbox.PortalHarness.nextCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.sync.http.BundleSignature;
import vn.motcua.sync.portal.PortalAnswer.Accepted;

/** Contract v1, hand-carried bundles: HMAC, attachments first, the same idempotency store as individual calls. */
class BundleContractTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    PortalHarness portal;

    @BeforeEach
    void start() {
        portal = PortalHarness.start(dir);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    /** A signed bundle: one attachment, the dossier create, its file link and an event. */
    static ObjectNode bundle(UUID dossier, String code, UUID createOp, byte[] pdf, String secret) throws Exception {
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        UUID att = UUID.nameUUIDFromBytes(pdf);
        ObjectNode b = JSON.createObjectNode();
        b.put("format", "motcua-bundle/1");
        b.put("agencyId", AGENCY);
        b.put("clientId", CLIENT);
        b.put("createdAt", "20261125170000");
        ArrayNode actions = b.putArray("actions");
        ObjectNode create = dossier(dossier, code);
        actions.addObject().put("opId", createOp.toString()).put("method", "PUT").put("path", "/v1/dossiers/" + dossier)
                .set("body", create);
        actions.addObject().put("opId", UUID.nameUUIDFromBytes(("f" + dossier).getBytes()).toString()).put("method", "PUT")
                .put("path", "/v1/dossiers/" + dossier + "/files/" + att).set("body", UploadContractTest.fileBody(dossier, att, sha));
        actions.addObject().put("opId", UUID.nameUUIDFromBytes(("e" + dossier).getBytes()).toString()).put("method", "PUT")
                .put("path", "/v1/dossiers/" + dossier + "/events/" + UUID.nameUUIDFromBytes(("ev" + dossier).getBytes()))
                .set("body", JSON.createObjectNode().put("type", "HAND_OVER").put("TrangThaiHoSo", 4));
        b.putArray("attachments").addObject().put("uuid", att.toString()).put("sha256", sha).put("bytes", pdf.length)
                .put("base64", Base64.getEncoder().encodeToString(pdf));
        b.put("signature", BundleSignature.sign(b, secret));
        return b;
    }

    @Test
    void aBundleAppliesLikeTheIndividualCallsAndTwiceChangesNothing() throws Exception {
        UUID id = UUID.randomUUID();
        UUID createOp = UUID.randomUUID();
        String code = nextCode();
        // the create already went out online before the line dropped; the bundle repeats it
        Accepted online = (Accepted) portal.adapter().putDossier(id, createOp, null, dossier(id, code).toString());
        assertThat(online.status()).isEqualTo(201);

        ObjectNode b = bundle(id, code, createOp, "%PDF-1.7 tờ khai".getBytes(), SECRET);
        SandboxClient.Reply ack = SandboxClient.of(portal.url()).applyBundle(b.toString().getBytes());
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body().get("format").asText()).isEqualTo("motcua-bundle-ack/1");
        JsonNode results = ack.body().get("results");
        assertThat(results).hasSize(3);
        assertThat(results.get(0).get("status").asInt()).as("the create replays the online answer").isEqualTo(201);
        assertThat(results.get(0).get("body")).isEqualTo(online.body());
        assertThat(results.get(1).get("status").asInt()).as("attachment stored before the file link").isEqualTo(201);
        assertThat(results.get(2).get("status").asInt()).isEqualTo(201);

        SandboxClient.Reply again = SandboxClient.of(portal.url()).applyBundle(b.toString().getBytes());
        assertThat(again.body().get("results")).isEqualTo(results);
        JsonNode stored = SandboxClient.of(portal.url()).dossiers();
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).get("version").asLong()).as("create + file + event, once").isEqualTo(3);
        assertThat(stored.get(0).get("TrangThaiHoSo").asInt()).isEqualTo(4);
        assertThat(stored.get(0).get("attachments")).hasSize(1);
    }

    @Test
    void aBadSignatureOrAMalformedBundleIsRefused() throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode forged = bundle(id, nextCode(), UUID.randomUUID(), new byte[] {1, 2, 3}, "not-the-secret");
        SandboxClient.Reply bad = SandboxClient.of(portal.url()).applyBundle(forged.toString().getBytes());
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.body().get("error").asText()).isEqualTo("bad_signature");

        ObjectNode tampered = bundle(id, nextCode(), UUID.randomUUID(), new byte[] {1, 2, 3}, SECRET);
        ((ObjectNode) tampered.get("actions").get(0).get("body")).put("ChuHoSo", "Kẻ Gian");
        assertThat(SandboxClient.of(portal.url()).applyBundle(tampered.toString().getBytes()).status()).isEqualTo(401);

        SandboxClient.Reply malformed = SandboxClient.of(portal.url()).applyBundle("{\"format\":\"zip\"}".getBytes());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("error").asText()).isEqualTo("bad_bundle");
        assertThat(SandboxClient.of(portal.url()).dossiers()).isEmpty();
    }
}
