package vn.motcua.sync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sync.sandbox.PortalHarness.dossier;
import static vn.motcua.sync.sandbox.PortalHarness.nextCode;
import static vn.motcua.sync.sandbox.PortalHarness.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.sync.http.HttpPortalAdapter;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.Refused;

/** Contract v1, resumable uploads and files: offsets, chunk and whole-file checksums, expiry, links and tombstones. */
class UploadContractTest {
    @TempDir
    Path dir;
    PortalHarness portal;
    HttpPortalAdapter desk;
    final byte[] scan = new byte[300_000];

    @BeforeEach
    void start() {
        portal = PortalHarness.start(dir, PortalOptions.defaults().withUploadTtl(Duration.ofHours(1)));
        desk = portal.adapter();
        new Random(42).nextBytes(scan);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    static String sha(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void chunksResumeFromTheServersOffsetAndTheFinishedFileCanBeLinked() throws Exception {
        UUID att = UUID.randomUUID();
        Accepted open = (Accepted) desk.openUpload(att, UUID.randomUUID(), sha(scan), scan.length, "application/pdf");
        assertThat(open.status()).isEqualTo(201);
        assertThat(open.body().get("offset").asLong()).isZero();

        assertThat(((Accepted) desk.sendChunk(att, 0, Arrays.copyOfRange(scan, 0, 100_000), 100_000)).body().get("offset").asLong())
                .isEqualTo(100_000);
        Refused behind = (Refused) desk.sendChunk(att, 0, Arrays.copyOfRange(scan, 0, 100_000), 100_000);
        assertThat(behind.status()).as("fault 13").isEqualTo(409);
        assertThat(behind.error()).isEqualTo("offset_mismatch");
        assertThat(behind.body().get("offset").asLong()).isEqualTo(100_000);

        byte[] corrupt = Arrays.copyOfRange(scan, 100_000, 200_000);
        String rightSha = sha(corrupt);
        corrupt[5] ^= 1;
        // the adapter hashes what it sends; simulate a flipped bit on the wire by sending the bad bytes with the good hash
        var r = portal.raw("PATCH", "/v1/uploads/" + att, java.util.Map.of("Authorization", "Bearer " + portal.token(),
                "Upload-Offset", "100000", "Chunk-SHA256", rightSha, "Content-Type", "application/offset+octet-stream"), new String(corrupt,
                java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(r.statusCode()).as("fault 14").isIn(400);
        assertThat(PortalHarness.parse(r.body()).get("error").asText()).isEqualTo("chunk_checksum");

        Accepted head = (Accepted) desk.uploadOffset(att);
        assertThat(head.body().get("offset").asLong()).as("nothing of the bad chunk kept").isEqualTo(100_000);
        assertThat(head.body().get("length").asLong()).isEqualTo(scan.length);
        assertThat(head.body().get("complete").asBoolean()).isFalse();

        Accepted reopen = (Accepted) desk.openUpload(att, UUID.randomUUID(), sha(scan), scan.length, "application/pdf");
        assertThat(reopen.status()).isEqualTo(200);
        assertThat(reopen.body().get("offset").asLong()).isEqualTo(100_000);
        assertThat(((Refused) desk.openUpload(att, UUID.randomUUID(), sha(corrupt), scan.length, "application/pdf")).error())
                .isEqualTo("upload_mismatch");

        desk.sendChunk(att, 100_000, Arrays.copyOfRange(scan, 100_000, scan.length), scan.length - 100_000);
        Accepted done = (Accepted) desk.finishUpload(att);
        assertThat(done.body().get("complete").asBoolean()).isTrue();
        assertThat(done.body().get("sha256").asText()).isEqualTo(sha(scan));
        assertThat(((Accepted) desk.uploadOffset(att)).body().get("complete").asBoolean()).isTrue();

        UUID id = UUID.randomUUID();
        desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, nextCode())));
        ObjectNode file = fileBody(id, att, sha(scan));
        Accepted linked = (Accepted) desk.putFile(id, att, UUID.randomUUID(), file.toString());
        assertThat(linked.status()).isEqualTo(201);
        assertThat(linked.body().get("files").get(0).get("sha256").asText()).isEqualTo(sha(scan));
        assertThat(portal.raw("GET", "/v1/attachments/" + att, java.util.Map.of("Authorization", "Bearer " + portal.token()), null)
                .body().length()).isPositive();

        Accepted removed = (Accepted) desk.tombstoneFile(id, att, UUID.randomUUID(), "Quét nhầm trang");
        assertThat(removed.body().get("files").get(0).get("removed").asBoolean()).isTrue();
        assertThat(removed.version()).isEqualTo(3L);
        assertThat(SandboxClient.of(portal.url()).dossiers().get(0).get("attachments")).isEmpty();
    }

    /** Opens an upload of {@code scan} and answers the scan with one bit flipped. */
    private byte[] openedWithASpoiledCopy(UUID att) throws Exception {
        byte[] other = scan.clone();
        other[7] ^= 1;
        desk.openUpload(att, UUID.randomUUID(), sha(scan), scan.length, "application/pdf");
        return other;
    }

    private void refusedAndRestartedAtZero(UUID att, Refused bad) {
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.error()).isEqualTo("hash_mismatch");
        assertThat(((Accepted) desk.uploadOffset(att)).body().get("offset").asLong()).isZero();
    }

    @Test
    void wholeFileHashMismatchRestartsAtZero() throws Exception {
        UUID att = UUID.randomUUID();
        byte[] other = openedWithASpoiledCopy(att);
        desk.sendChunk(att, 0, other, other.length);
        refusedAndRestartedAtZero(att, (Refused) desk.finishUpload(att));
        desk.sendChunk(att, 0, scan, scan.length);
        assertThat(desk.finishUpload(att)).isInstanceOf(Accepted.class);
    }

    @Test
    void theLastChunkCanFinishTheUploadInTheSameRequest() throws Exception {
        UUID att = UUID.randomUUID();
        desk.openUpload(att, UUID.randomUUID(), sha(scan), scan.length, "application/pdf");
        Accepted first = (Accepted) desk.sendLastChunk(att, 0, scan, 100_000);
        assertThat(first.body().path("complete").asBoolean(false)).as("not the end of the file: only stored").isFalse();
        assertThat(first.body().get("offset").asLong()).isEqualTo(100_000);

        Accepted done = (Accepted) desk.sendLastChunk(att, 100_000, Arrays.copyOfRange(scan, 100_000, scan.length), scan.length - 100_000);
        assertThat(done.body().get("complete").asBoolean()).isTrue();
        assertThat(done.body().get("sha256").asText()).isEqualTo(sha(scan));
        assertThat(((Accepted) desk.uploadOffset(att)).body().get("complete").asBoolean()).isTrue();
        assertThat(((Accepted) desk.finishUpload(att)).body().get("complete").asBoolean()).as("a finish after it changes nothing").isTrue();
        UUID id = UUID.randomUUID();
        desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, nextCode())));
        assertThat(desk.putFile(id, att, UUID.randomUUID(), fileBody(id, att, sha(scan)).toString())).isInstanceOf(Accepted.class);
    }

    @Test
    void aLastChunkThatSpoilsTheWholeFileIsRefusedAndTheUploadRestartsAtZero() throws Exception {
        UUID att = UUID.randomUUID();
        byte[] other = openedWithASpoiledCopy(att);
        refusedAndRestartedAtZero(att, (Refused) desk.sendLastChunk(att, 0, other, other.length));
        UUID id = UUID.randomUUID();
        desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, nextCode())));
        assertThat(((Refused) desk.putFile(id, att, UUID.randomUUID(), fileBody(id, att, sha(scan)).toString())).error())
                .isEqualTo("attachment_missing");
        assertThat(((Accepted) desk.sendLastChunk(att, 0, scan, scan.length)).body().get("complete").asBoolean()).isTrue();
    }

    @Test
    void anExpiredUploadIsReplacedByAFreshOneForTheSameUuid() throws Exception {
        UUID att = UUID.randomUUID();
        desk.openUpload(att, UUID.randomUUID(), sha(scan), scan.length, "application/pdf");
        desk.sendChunk(att, 0, scan, 1000);
        portal.clock.advance(Duration.ofHours(2));
        assertThat(desk.uploadOffset(att)).as("the token expired too").isInstanceOf(vn.motcua.sync.portal.PortalAnswer.Unauthorized.class);
        assertThat(desk.authenticate()).isInstanceOf(Accepted.class);

        Refused head = (Refused) desk.uploadOffset(att);
        assertThat(head.status()).isEqualTo(410);
        Refused chunk = (Refused) desk.sendChunk(att, 1000, Arrays.copyOfRange(scan, 1000, 2000), 1000);
        assertThat(chunk.error()).isEqualTo("upload_expired");

        Accepted fresh = (Accepted) desk.openUpload(att, UUID.randomUUID(), sha(scan), scan.length, "application/pdf");
        assertThat(fresh.status()).as("fault 15").isEqualTo(201);
        assertThat(fresh.body().get("offset").asLong()).isZero();
        desk.sendChunk(att, 0, scan, scan.length);
        assertThat(desk.finishUpload(att)).isInstanceOf(Accepted.class);
    }

    @Test
    void aFileLinkBeforeItsUploadIsCompleteIsRefused() throws Exception {
        UUID id = UUID.randomUUID();
        desk.putDossier(id, UUID.randomUUID(), null, text(dossier(id, nextCode())));
        UUID att = UUID.randomUUID();
        desk.openUpload(att, UUID.randomUUID(), sha(scan), scan.length, "application/pdf");
        Refused r = (Refused) desk.putFile(id, att, UUID.randomUUID(), fileBody(id, att, sha(scan)).toString());
        assertThat(r.status()).as("fault 16").isEqualTo(422);
        assertThat(r.error()).isEqualTo("attachment_missing");
    }

    static ObjectNode fileBody(UUID dossier, UUID att, String sha) {
        ObjectNode f = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        f.put("id", att.toString());
        f.put("MaThanhPhanHoSo", "TP1");
        f.put("TenTepDinhKem", "to-khai.pdf");
        f.put("DuocSoHoa", true);
        f.put("LaKetQuaDienTu", false);
        f.put("sha256", sha);
        f.putObject("attachment").put("uuid", att.toString()).put("sha256", sha);
        return f;
    }
}
