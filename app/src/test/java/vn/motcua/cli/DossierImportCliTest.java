package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.testing.TestOffice;

/** {@code dossier import --file HISTORY.jsonl [--json]}: counts, refused lines by number, exit codes. */
class DossierImportCliTest {
    private static final String GOOD = "{\"code\":\"000.00.06.H56-250304-0001\",\"procedure\":\"1.004222\",\"channel\":1,"
            + "\"receivedAt\":\"2025-03-04T09:30:00\",\"dueAt\":\"2025-03-13T09:30:00\","
            + "\"applicant\":{\"fullName\":\"Hồ Thị Lan\",\"idNumber\":\"001185012345\"},"
            + "\"events\":[{\"status\":4,\"at\":\"2025-03-04T10:00:00\"},{\"status\":9,\"at\":\"2025-03-12T10:00:00\"},"
            + "{\"status\":10,\"at\":\"2025-03-13T08:00:00\"}]}";

    @TempDir
    Path tmp;
    Path data;

    @BeforeEach
    void office() {
        data = tmp.resolve("data");
        TestOffice.initialized(data).close();
    }

    @Test
    void aCleanFileExitsZeroAndASecondRunFindsEverythingThere() throws Exception {
        Path f = tmp.resolve("h.jsonl");
        Files.writeString(f, GOOD + "\n", StandardCharsets.UTF_8);
        CliRun first = CliRun.in(data, "--json", "dossier", "import", "--file", f.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(first.out());
        assertThat(json.get("imported").asInt()).isEqualTo(1);
        CliRun again = CliRun.in(data, "dossier", "import", "--file", f.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("Đã nhập 0 hồ sơ, 1 hồ sơ đã có từ trước, 0 dòng bị từ chối.");
        try (AppContext context = TestOffice.open(data)) {
            assertThat(context.dossierQuery().story("000.00.06.H56-250304-0001").events()).hasSize(4);
        }
    }

    @Test
    void refusedLinesArePrintedWithTheirNumbersAndExitOne() throws Exception {
        Path f = tmp.resolve("h.jsonl");
        Files.writeString(f, "{not json\n" + GOOD + "\n" + GOOD.replace("250304-0001", "250304-01") + "\n", StandardCharsets.UTF_8);
        CliRun human = CliRun.in(data, "dossier", "import", "--file", f.toString());
        assertThat(human.exit()).isEqualTo(1);
        assertThat(human.out()).contains("Đã nhập 1 hồ sơ, 0 hồ sơ đã có từ trước, 2 dòng bị từ chối.")
                .contains("Dòng 1: Dòng này không đọc được như JSON")
                .contains("Dòng 3: Mã hồ sơ «000.00.06.H56-250304-01» không đúng dạng");
        CliRun json = CliRun.in(data, "--json", "dossier", "import", "--file", f.toString());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertThat(json.exit()).isEqualTo(1);
        assertThat(doc.get("alreadyThere").asInt()).isEqualTo(1);
        assertThat(doc.get("refusedLines").get(1).get("line").asInt()).isEqualTo(3);
        assertThat(doc.get("refusedLines").get(1).get("key").asText()).isEqualTo("history.code.format");
    }
}
