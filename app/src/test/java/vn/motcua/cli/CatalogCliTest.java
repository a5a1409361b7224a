package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.catalog.CatalogJson;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.Procedure;
import vn.motcua.storage.DataDirectory;

/** {@code catalog list|import}: the starter without an office, imports as versions, refusals in one sentence. */
class CatalogCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private CliRun run(String... args) {
        return CliRun.in(tmp.resolve("data"), args);
    }

    private List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    /** The starter minus its last procedure, with one component count changed, as a province's JSON file. */
    private Path provincialFile(String version) throws Exception {
        List<Map<String, Object>> procedures = new ArrayList<>();
        List<Procedure> starter = CatalogService.shippedOnly().current().procedures();
        for (Procedure p : starter.subList(0, starter.size() - 1)) {
            Map<String, Object> json = CatalogJson.toJson(p);
            if (p.code().equals("1.004194")) {
                json.put("name", "Đăng ký tạm trú (sửa đổi)");
            }
            procedures.add(json);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", version);
        root.put("procedures", procedures);
        return Files.writeString(tmp.resolve(version + ".json"), JSON.writeValueAsString(root));
    }

    @Test
    void theStarterIsListedWithoutCreatingAnOffice() throws Exception {
        CliRun list = run("--json", "catalog", "list");
        assertThat(list.exit()).as(list.err()).isZero();
        List<JsonNode> procedures = lines(list.out());
        assertThat(procedures).hasSize(15);
        JsonNode copy = procedures.stream().filter(p -> p.get("code").asText().equals("2.000815")).findFirst().orElseThrow();
        assertThat(copy.get("name").asText()).isEqualTo("Chứng thực bản sao từ bản chính giấy tờ, văn bản");
        assertThat(copy.get("field").asText()).isEqualTo("Chứng thực");
        assertThat(copy.get("version").asText()).isEqualTo("starter-2025.07");
        assertThat(copy.get("timeRule").get("kind").asText()).isEqualTo("same-day");
        assertThat(copy.get("timeRule").get("cutoff").asText()).isEqualTo("15:00");
        assertThat(copy.get("fee").get("kind").asText()).isEqualTo("per-page");
        assertThat(copy.get("fee").get("capPerCopy").asLong()).isEqualTo(200_000);
        JsonNode component = copy.get("components").get(0);
        for (String field : List.of("code", "name", "originals", "certifiedCopies", "photocopies", "source")) {
            assertThat(component.has(field)).as(field).isTrue();
        }
        assertThat(component.get("source").asText()).isEqualTo("show-only");
        assertThat(new DataDirectory(tmp.resolve("data")).databaseExists()).isFalse();

        CliRun human = run("catalog", "list");
        assertThat(human.out()).startsWith("Danh mục thủ tục phiên bản starter-2025.07: 15 thủ tục.")
                .contains("2.000815", "Chứng thực bản sao từ bản chính", "2.000 đồng/trang từ trang 1 đến trang 2");
    }

    @Test
    void aDryRunShowsTheDiffAndStoresNothing() throws Exception {
        CliRun dry = run("--json", "catalog", "import", "--dry-run", provincialFile("tinh-1").toString());
        assertThat(dry.exit()).as(dry.err()).isZero();
        List<JsonNode> out = lines(dry.out());
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("change").asText()).isEqualTo("changed");
        assertThat(out.get(0).get("code").asText()).isEqualTo("1.004194");
        assertThat(out.get(0).get("differences").get(0).asText())
                .isEqualTo("Tên: \"Đăng ký tạm trú\" → \"Đăng ký tạm trú (sửa đổi)\"");
        assertThat(out.get(1).get("change").asText()).isEqualTo("removed");
        assertThat(out.get(1).get("code").asText()).isEqualTo("1.010038");
        JsonNode summary = out.get(2);
        assertThat(summary.get("version").asText()).isEqualTo("tinh-1");
        assertThat(summary.get("stored").asBoolean()).isFalse();
        assertThat(summary.get("dryRun").asBoolean()).isTrue();
        assertThat(new DataDirectory(tmp.resolve("data")).databaseExists()).isFalse();
    }

    @Test
    void anImportBecomesTheListedVersionAndTheSameFileAgainChangesNothing() throws Exception {
        Path file = provincialFile("tinh-2");
        CliRun imported = run("catalog", "import", file.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Sửa 1.004194  Đăng ký tạm trú (sửa đổi)", "Bỏ 1.010038  Tách hộ")
                .contains("Đã nhập danh mục phiên bản tinh-2: 0 thủ tục thêm, 1 sửa, 1 bỏ.");

        List<JsonNode> listed = lines(run("--json", "catalog", "list").out());
        assertThat(listed).hasSize(14).allSatisfy(p -> assertThat(p.get("version").asText()).isEqualTo("tinh-2"));

        CliRun again = run("--json", "catalog", "import", file.toString());
        assertThat(again.exit()).isZero();
        JsonNode summary = lines(again.out()).get(0);
        assertThat(summary.get("unchanged").asBoolean()).isTrue();
        assertThat(summary.get("stored").asBoolean()).isFalse();
        assertThat(summary.get("message").asText()).contains("không tạo phiên bản mới");
    }

    @Test
    void aBrokenFileExitsOneWithOneSentenceAndChangesNothing() throws Exception {
        String good = Files.readString(provincialFile("tinh-3"));
        Path bad = Files.writeString(tmp.resolve("bad.json"), good.replaceFirst("\"kind\":\"free\"", "\"kind\":\"gratis\""));
        String before = run("--json", "catalog", "list").out();
        CliRun refused = run("catalog", "import", bad.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).hasLineCount(1)
                .startsWith("Tệp danh mục bad.json bị từ chối ở thủ tục thứ 1 (mã 1.001193), trường \"fee.kind\": \"gratis\"")
                .doesNotContain("Exception");
        assertThat(run("--json", "catalog", "list").out()).isEqualTo(before);

        CliRun missing = run("catalog", "import", tmp.resolve("none.xlsx").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).startsWith("Không có tệp");
    }
}
