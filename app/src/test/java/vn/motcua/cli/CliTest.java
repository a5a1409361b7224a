package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: exit codes 0 / 1 (one sentence) / 2 (usage), JSON with --json. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private String dir() {
        return tmp.resolve("data").toString();
    }

    private CliRun init(String... extra) {
        String[] base = {"--data-dir", dir(), "--json", "init", "--office-id", "000.00.06.H56",
                "--office-name", "Trung tâm PVHCC xã Vụ Bản", "--admin-user", "Admin", "--admin-password-stdin"};
        String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(base), java.util.Arrays.stream(extra))
                .toArray(String[]::new);
        return CliRun.withStdin("mat-khau-9\n", args);
    }

    @Test
    void versionPrintsTheProductAndExitsZero() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).startsWith("MotCua Desk ");
    }

    @Test
    void initSetsUpTheOfficeOnceAndRefusesASecondTime() throws Exception {
        CliRun first = init();
        assertThat(first.exit()).as(first.err()).isZero();
        JsonNode json = JSON.readTree(first.out());
        assertThat(json.get("agencyCode").asText()).isEqualTo("000.00.06.H56");
        assertThat(json.get("officeName").asText()).isEqualTo("Trung tâm PVHCC xã Vụ Bản");
        assertThat(json.get("adminUser").asText()).isEqualTo("admin");

        CliRun second = init();
        assertThat(second.exit()).isEqualTo(1);
        assertThat(second.out()).isEmpty();
        assertThat(second.err().strip()).isEqualTo(
                "Đơn vị đã được thiết lập trong thư mục dữ liệu này; không thể thiết lập lần thứ hai.")
                .doesNotContain("Exception");
    }

    @Test
    void globalOptionsWorkAfterTheCommandToo() throws Exception {
        assertThat(init().exit()).isZero();
        CliRun list = CliRun.of("user", "list", "--json", "--data-dir", dir());
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode users = JSON.readTree(list.out());
        assertThat(users).hasSize(1);
        assertThat(users.get(0).get("roles").get(0).asText()).isEqualTo("administrator");
    }

    @Test
    void userAddCreatesAnAccountAndRejectsBadInputWithOneSentence() throws Exception {
        assertThat(init().exit()).isZero();
        CliRun added = CliRun.withStdin("mat-khau-lan\n", "--data-dir", dir(), "--json", "user", "add", "lan",
                "--full-name", "Nguyễn Thị Lan", "--role", "clerk", "--role", "SPECIALIST", "--password-stdin");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(JSON.readTree(added.out()).get("roles")).hasSize(2);

        CliRun badRole = CliRun.withStdin("mat-khau-lan\n", "--data-dir", dir(), "user", "add", "tu",
                "--full-name", "Lê Văn Tư", "--role", "boss", "--password-stdin");
        assertThat(badRole.exit()).isEqualTo(1);
        assertThat(badRole.err().lines().count()).isEqualTo(1);
        assertThat(badRole.err()).contains("boss").contains("clerk, specialist, chair, administrator");

        CliRun noPassword = CliRun.withStdin("", "--data-dir", dir(), "user", "add", "tu", "--full-name", "Lê Văn Tư",
                "--role", "clerk", "--password-stdin");
        assertThat(noPassword.exit()).isEqualTo(1);
        assertThat(noPassword.err()).contains("stdin");
        assertThat(CliRun.of("--data-dir", dir(), "--json", "user", "list").out()).doesNotContain("\"tu\"");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("no-such-command").exit()).isEqualTo(2);
        CliRun missing = CliRun.of("--data-dir", dir(), "init", "--office-id", "H56");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required option");
        assertThat(tmp.resolve("data")).doesNotExist();
    }

    @Test
    void doctorReportsEveryCheckAsJson() throws Exception {
        assertThat(init().exit()).isZero();
        CliRun run = CliRun.of("--data-dir", dir(), "--json", "doctor");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("ok").asBoolean()).isTrue();
        assertThat(report.findValuesAsText("name")).contains("dataDirectory", "database", "schemaVersion", "diskSpace",
                "printFont", "screenFont", "memory", "settings", "encryption");
        JsonNode schema = null;
        for (JsonNode check : report.get("checks")) {
            assertThat(check.get("status").asText()).as(check.toString()).isIn("OK", "WARN");
            if (check.get("name").asText().equals("schemaVersion")) {
                schema = check;
            }
            if (check.get("name").asText().equals("encryption")) { // a new office is encrypted from the start
                assertThat(check.get("status").asText()).as(check.toString()).isEqualTo("OK");
                assertThat(check.get("detail").asText()).contains("database file encrypted");
            }
        }
        assertThat(schema).isNotNull();
        assertThat(schema.get("detail").asText()).isEqualTo(String.valueOf(vn.motcua.storage.Database.SCHEMA_VERSION));
    }

    @Test
    void doctorFailsWithExitOneOnACorruptSettingsFileAndLeavesItAlone() throws Exception {
        assertThat(init().exit()).isZero();
        Path settings = tmp.resolve("data/settings.json");
        Files.writeString(settings, "{oops");
        CliRun run = CliRun.of("--data-dir", dir(), "doctor");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("settings").contains("FAIL").contains(settings.toString());
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(Files.readString(settings)).isEqualTo("{oops");
    }
}
