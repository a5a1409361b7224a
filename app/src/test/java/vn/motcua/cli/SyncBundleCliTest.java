package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.TestOffice;

/** {@code sync export-bundle} and {@code sync import-ack}: exit codes, JSON, one sentence on a refusal. */
class SyncBundleCliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    @Test
    void exportApplyImportThroughTheCommandLine() throws Exception {
        Path data = dir.resolve("desk");
        try (PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            try (AppContext desk = TestOffice.initialized(data)) {
                CliRun unconfigured = CliRun.in(data, "sync", "export-bundle", "--out", dir.resolve("x.json").toString());
                assertThat(unconfigured.exit()).isEqualTo(Cli.FAILED);
                assertThat(unconfigured.err()).contains("sync configure").doesNotContain("Exception");
                desk.sync().settings().configure(Actor.SYSTEM, portal.url().toString(), PortalHarness.CLIENT,
                        PortalHarness.SECRET.toCharArray());
                Actor clerk = Processing.staff(desk)[0];
                Processing.receive(desk, clerk);
                Processing.receive(desk, clerk);
            }
            assertThat(CliRun.in(data, "sync", "export-bundle").exit()).as("--out is required").isEqualTo(Cli.USAGE);

            Path bundle = dir.resolve("goi.json");
            CliRun exported = CliRun.in(data, "sync", "export-bundle", "--out", bundle.toString(), "--json");
            assertThat(exported.exit()).as(exported.err()).isZero();
            JsonNode e = JSON.readTree(exported.out());
            assertThat(e.get("actions").asInt()).isEqualTo(2).isEqualTo(e.get("opIds").size());
            assertThat(e.get("sha256").asText()).isEqualTo(sha(Files.readAllBytes(bundle)));
            assertThat(e.get("bytes").asLong()).isEqualTo(Files.size(bundle));
            CliRun human = CliRun.in(data, "sync", "export-bundle", "--out", dir.resolve("goi-2.json").toString());
            assertThat(human.exit()).isZero();
            assertThat(human.out()).contains("Đã xuất gói").contains("2 thao tác");

            Path ack = dir.resolve("ack.json");
            CliRun applied = CliRun.of("portal", "apply-bundle", bundle.toString(), "--url", portal.url().toString(), "--out",
                    ack.toString());
            assertThat(applied.exit()).as(applied.err()).isZero();

            CliRun imported = CliRun.in(data, "sync", "import-ack", ack.toString(), "--json");
            assertThat(imported.exit()).as(imported.err()).isZero();
            JsonNode i = JSON.readTree(imported.out());
            assertThat(i.get("bundleSha256").asText()).isEqualTo(e.get("sha256").asText());
            assertThat(i.get("done").asInt()).isEqualTo(2);
            assertThat(i.get("repeated").asBoolean()).isFalse();
            assertThat(SandboxClient.of(portal.url()).dossiers()).hasSize(2);

            CliRun again = CliRun.in(data, "sync", "import-ack", ack.toString());
            assertThat(again.exit()).isZero();
            assertThat(again.out()).contains("đã được nhập trước đây");

            Path bad = Files.writeString(dir.resolve("bad.json"), "{\"format\":\"motcua-bundle-ack/1\"");
            CliRun malformed = CliRun.in(data, "sync", "import-ack", bad.toString());
            assertThat(malformed.exit()).isEqualTo(Cli.FAILED);
            assertThat(malformed.err()).contains("bad.json").doesNotContain("Exception");
            assertThat(malformed.err().strip().lines()).hasSize(1);

            CliRun nothing = CliRun.in(data, "sync", "export-bundle", "--out", dir.resolve("goi-3.json").toString());
            assertThat(nothing.exit()).isEqualTo(Cli.FAILED);
            assertThat(nothing.err()).contains("Không có thao tác nào chờ gửi");
            assertThat(Files.exists(dir.resolve("goi-3.json"))).isFalse();
        }
    }

    private static String sha(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
