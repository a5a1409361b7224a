package vn.motcua.sync.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.sync.EntryRequest;
import vn.motcua.sync.http.BundleSignature;
import vn.motcua.sync.http.CanonicalJson;

/**
 * The streamed bundle is the canonical JSON the portal verifies, for any text: over seeded
 * random payloads (Vietnamese, quotes, backslashes, control characters, astral characters,
 * numbers) and random attachment bytes, the portal's own check accepts the signature, the bytes
 * before the signature are exactly the canonical rendering of the parsed bundle, every body is
 * byte-for-byte the body the online sender sends, and the attachments decode to their bytes.
 */
class BundleWriterTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "bí-mật-của-xã";
    private static final String[] PIECES = {"Nguyễn Thị Hoa", "Đặng", "\"", "\\", "\n", "\t", "\u0001", "\u001f", "/", "😀", "</script>",
        "ư", "a", "0", " ", "\u2028", "ﬁ"};

    @TempDir
    Path dir;

    @Test
    void theStreamedBundleIsTheCanonicalTextThePortalVerifies() throws Exception {
        for (long seed = 1; seed <= 60; seed++) {
            Random r = new Random(seed);
            List<BundleWriter.Action> actions = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (int i = 0, n = r.nextInt(6); i < n; i++) {
                EntryRequest req = EntryRequest.of(UUID.randomUUID(), UUID.randomUUID(), pick(r, "RECEIVE", "HAND_OVER", "UPDATE", "RATE"),
                        payload(r).toString(), java.time.Instant.ofEpochSecond(1_790_000_000L + r.nextInt(1_000_000)), (long) r.nextInt(9));
                actions.add(new BundleWriter.Action(req.opId(), req.wire()));
                bodies.add(req.body());
            }
            List<BundleWriter.Attachment> attachments = new ArrayList<>();
            List<byte[]> contents = new ArrayList<>();
            for (int i = 0, n = r.nextInt(3); i < n; i++) {
                byte[] data = new byte[r.nextInt(5000)];
                r.nextBytes(data);
                Path f = Files.write(dir.resolve(seed + "-" + i), data);
                attachments.add(new BundleWriter.Attachment(UUID.randomUUID(), sha(data), data.length, () -> Files.newInputStream(f)));
                contents.add(data);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BundleWriter.Written w = BundleWriter.write(out, "000.00.06.H56", "desk-" + seed, "20261125170000", actions, attachments,
                    SECRET, BundleExport.Progress.NONE);
            byte[] file = out.toByteArray();
            String text = new String(file, StandardCharsets.UTF_8);
            String at = "seed " + seed;

            assertThat(w.bytes()).as(at).isEqualTo(file.length);
            assertThat(w.sha256()).as(at).isEqualTo(sha(file));
            JsonNode parsed = JSON.readTree(file);
            assertThat(BundleSignature.verify(parsed, SECRET)).as(at).isTrue();
            assertThat(BundleSignature.verify(parsed, SECRET + "x")).as(at).isFalse();
            ObjectNode unsigned = parsed.deepCopy();
            unsigned.remove("signature");
            String canonical = CanonicalJson.write(unsigned);
            assertThat(text).as(at).startsWith(canonical.substring(0, canonical.length() - 1) + ",\"signature\":\"");
            for (int i = 0; i < bodies.size(); i++) {
                JsonNode a = parsed.get("actions").get(i);
                assertThat(JSON.writeValueAsString(a.get("body"))).as(at).isEqualTo(bodies.get(i));
                assertThat(a.get("opId").asText()).isEqualTo(actions.get(i).opId().toString());
                assertThat(a.get("headers").get("Idempotency-Key").asText()).isEqualTo(actions.get(i).opId().toString());
            }
            for (int i = 0; i < contents.size(); i++) {
                JsonNode a = parsed.get("attachments").get(i);
                assertThat(Base64.getDecoder().decode(a.get("base64").asText())).as(at).isEqualTo(contents.get(i));
                assertThat(a.get("bytes").asLong()).isEqualTo(contents.get(i).length);
            }
            assertThat(BundleWriter.estimate(actions, attachments)).as(at).isGreaterThanOrEqualTo(file.length - 200L);
        }
    }

    @Test
    void aStoredScanThatNoLongerHashesToItsNameStopsTheWrite() throws Exception {
        byte[] data = "%PDF-1.7 bản quét".getBytes(StandardCharsets.UTF_8);
        Path f = Files.write(dir.resolve("scan.pdf"), data);
        data[3] = 'X';
        var wrong = new BundleWriter.Attachment(UUID.randomUUID(), sha(data), data.length, () -> Files.newInputStream(f));
        assertThatThrownBy(() -> BundleWriter.write(new ByteArrayOutputStream(), "a", "c", "t", List.of(), List.of(wrong), SECRET,
                BundleExport.Progress.NONE)).isInstanceOf(IOException.class);
    }

    private static ObjectNode payload(Random r) {
        ObjectNode p = JSON.createObjectNode();
        for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
            String key = text(r, 1 + r.nextInt(3));
            switch (r.nextInt(5)) {
                case 0 -> p.put(key, r.nextLong());
                case 1 -> p.put(key, r.nextBoolean());
                case 2 -> p.putNull(key);
                case 3 -> p.putArray(key).add(text(r, 2)).add(r.nextInt()).addObject().put(text(r, 1), text(r, 3));
                default -> p.put(key, text(r, r.nextInt(6)));
            }
        }
        return p;
    }

    private static String text(Random r, int pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    private static String sha(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
