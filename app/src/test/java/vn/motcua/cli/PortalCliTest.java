package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.sync.http.BundleSignature;
import vn.motcua.sync.http.HttpPortalAdapter;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.sandbox.PortalOptions;
import vn.motcua.sync.sandbox.PortalServer;

/** {@code portal client add | dossiers | online-dossier | withdraw | apply-bundle} against an in-process sandbox portal. */
class PortalCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String AGENCY = "000.00.06.H56";
    @TempDir
    Path dir;

    private CliRun addClient(String id, String secret) {
        return CliRun.withStdin(secret + "\n", "--data-dir", dir.toString(), "portal", "client", "add", "--client-id", id,
                "--agency", AGENCY, "--client-secret-stdin");
    }

    @Test
    void clientAddWorksBeforeAndWhileThePortalRuns() {
        CliRun before = addClient("desk-1", "bi-mat-mot");
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(before.out()).contains("desk-1").contains(AGENCY);
        try (PortalServer portal = PortalServer.start(dir, 0, PortalOptions.defaults())) {
            assertThat(new HttpPortalAdapter(portal.url(), "desk-1", "bi-mat-mot", Clock.systemUTC()).authenticate())
                    .isInstanceOf(PortalAnswer.Accepted.class);
            CliRun during = addClient("desk-2", "bi-mat-hai");
            assertThat(during.exit()).as(during.err()).isZero();
            assertThat(new HttpPortalAdapter(portal.url(), "desk-2", "bi-mat-hai", Clock.systemUTC()).authenticate())
                    .isInstanceOf(PortalAnswer.Accepted.class);
            CliRun rotate = addClient("desk-1", "bi-mat-moi");
            assertThat(rotate.out()).contains("cập nhật");
            assertThat(new HttpPortalAdapter(portal.url(), "desk-1", "bi-mat-mot", Clock.systemUTC()).authenticate())
                    .as("the old secret no longer works").isInstanceOf(PortalAnswer.Refused.class);
        }
        CliRun noSecret = addClient("desk-3", "");
        assertThat(noSecret.exit()).isEqualTo(Cli.FAILED);
        assertThat(noSecret.err()).contains("--client-secret-stdin");
        CliRun noDir = CliRun.withStdin("x\n", "portal", "client", "add", "--client-id", "a", "--agency", AGENCY, "--client-secret-stdin");
        assertThat(noDir.exit()).isEqualTo(Cli.FAILED);
        assertThat(noDir.err()).contains("--data-dir");
    }

    @Test
    void onlineDossierWithdrawAndDossiersJson() throws Exception {
        try (PortalServer portal = PortalServer.start(dir, 0, PortalOptions.defaults())) {
            String url = portal.url().toString();
            CliRun online = CliRun.of("portal", "online-dossier", "--url", url, "--agency", AGENCY, "--procedure", "1.001193",
                    "--procedure-name", "Đăng ký khai sinh", "--applicant", "Nguyễn Văn Bình", "--id-number", "001090000002");
            assertThat(online.exit()).as(online.err()).isZero();
            String code = online.out().replaceAll("(?s).*(" + AGENCY.replace(".", "\\.") + "-\\d{6}-\\d{4}).*", "$1");
            assertThat(code).matches(AGENCY.replace(".", "\\.") + "-\\d{6}-0001");

            CliRun withdraw = CliRun.of("portal", "withdraw", "--url", url, "--code", code, "--reason", "Nộp nhầm");
            assertThat(withdraw.exit()).as(withdraw.err()).isZero();
            assertThat(withdraw.out()).contains(code);

            CliRun list = CliRun.of("portal", "dossiers", "--url", url, "--json");
            assertThat(list.exit()).isZero();
            List<String> lines = list.out().lines().toList();
            assertThat(lines).hasSize(1);
            JsonNode d = JSON.readTree(lines.get(0));
            assertThat(d.get("MaHoSo").asText()).isEqualTo(code);
            assertThat(d.get("TrangThaiHoSo").asInt()).isEqualTo(7);
            assertThat(d.get("version").asLong()).isEqualTo(2);
            assertThat(d.has("uuid")).isTrue();
            assertThat(d.get("attachments").isArray()).isTrue();

            CliRun unknown = CliRun.of("portal", "withdraw", "--url", url, "--code", AGENCY + "-990101-0001");
            assertThat(unknown.exit()).isEqualTo(Cli.FAILED);
            assertThat(unknown.err()).contains("990101");
            CliRun again = CliRun.of("portal", "withdraw", "--url", url, "--code", code);
            assertThat(again.exit()).as("a closed dossier cannot be withdrawn twice").isEqualTo(Cli.FAILED);
            assertThat(again.err()).contains("transition_refused");
        }
        CliRun down = CliRun.of("portal", "dossiers", "--url", "http://127.0.0.1:1");
        assertThat(down.exit()).isEqualTo(Cli.FAILED);
        assertThat(down.err()).contains("http://127.0.0.1:1");
    }

    @Test
    void applyBundleOverHttpAndStraightIntoTheDataDirectory() throws Exception {
        assertThat(addClient("desk-1", "bi-mat-mot").exit()).isZero();
        Path bundleFile = dir.resolve("goi.json");
        UUID dossier = UUID.randomUUID();
        Files.writeString(bundleFile, bundle(dossier, AGENCY + "-261125-0007", "bi-mat-mot").toString());
        Path ack = dir.resolve("ack.json");
        try (PortalServer portal = PortalServer.start(dir.resolve("portal"), 0, PortalOptions.defaults())) {
            // the portal above has its own directory without the client: refused
            CliRun refused = CliRun.of("portal", "apply-bundle", bundleFile.toString(), "--url", portal.url().toString());
            assertThat(refused.exit()).isEqualTo(Cli.FAILED);
            assertThat(refused.err()).contains("bad_signature");
        }
        try (PortalServer portal = PortalServer.start(dir, 0, PortalOptions.defaults())) {
            CliRun applied = CliRun.of("portal", "apply-bundle", bundleFile.toString(), "--url", portal.url().toString(), "--out",
                    ack.toString());
            assertThat(applied.exit()).as(applied.err()).isZero();
            assertThat(applied.out()).contains("2 thao tác, 2 được chấp nhận, 0 bị từ chối");
            JsonNode written = JSON.readTree(Files.readString(ack));
            assertThat(written.get("format").asText()).isEqualTo("motcua-bundle-ack/1");
            assertThat(written.get("results").get(0).get("status").asInt()).isEqualTo(201);
        }
        CliRun offline = CliRun.of("--data-dir", dir.toString(), "portal", "apply-bundle", bundleFile.toString(), "--json");
        assertThat(offline.exit()).as(offline.err()).isZero();
        JsonNode replay = JSON.readTree(offline.out());
        assertThat(replay.get("results").get(0).get("status").asInt()).as("replayed from the same store").isEqualTo(201);
        assertThat(replay.get("results").get(0).get("body").get("version").asLong()).isEqualTo(1);
    }

    static ObjectNode bundle(UUID dossier, String code, String secret) throws Exception {
        byte[] pdf = "%PDF-1.7 giấy khai sinh".getBytes();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        UUID att = UUID.randomUUID();
        ObjectNode b = JSON.createObjectNode();
        b.put("format", "motcua-bundle/1").put("agencyId", AGENCY).put("clientId", "desk-1").put("createdAt", "20261125170000");
        ObjectNode body = JSON.createObjectNode().put("id", dossier.toString()).put("MaHoSo", code).put("MaTTHC", "1.001193")
                .put("ChuHoSo", "Hà Thị Lan").put("KenhThucHien", 1).put("TrangThaiHoSo", 2);
        b.putArray("actions").addObject().put("opId", UUID.randomUUID().toString()).put("method", "PUT")
                .put("path", "/v1/dossiers/" + dossier).set("body", body);
        ObjectNode file = JSON.createObjectNode().put("id", att.toString()).put("MaThanhPhanHoSo", "TP1").put("TenTepDinhKem", "ks.pdf");
        file.putObject("attachment").put("uuid", att.toString()).put("sha256", sha);
        ((com.fasterxml.jackson.databind.node.ArrayNode) b.get("actions")).addObject().put("opId", UUID.randomUUID().toString())
                .put("method", "PUT").put("path", "/v1/dossiers/" + dossier + "/files/" + att).set("body", file);
        b.putArray("attachments").addObject().put("uuid", att.toString()).put("sha256", sha).put("bytes", pdf.length)
                .put("base64", Base64.getEncoder().encodeToString(pdf));
        b.put("signature", BundleSignature.sign(b, secret));
        return b;
    }
}
