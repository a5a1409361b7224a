package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.signing.TestPdfs;
import vn.motcua.testing.TestOffice;

/** {@code backup create|verify|list|restore|schedule} through the command line: human text, --json, exit codes. */
class BackupCliTest {
    private static final String PHRASE = "Cụm mật khẩu của xã 2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static Path office;
    static String code;

    @BeforeAll
    static void office() throws Exception {
        office = tmp.resolve("office");
        try (AppContext context = TestOffice.initialized(office)) {
            code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
            context.documents().importFiles(Actor.SYSTEM, code, "CT01", List.of(TestPdfs.write(tmp.resolve("scan.pdf"), 2)));
        }
    }

    private static CliRun run(String stdin, Path dataDir, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.withStdin(stdin, all);
    }

    @Test
    void createVerifyListAndRestoreInHumanTextAndJson() throws Exception {
        CliRun refused = run(PHRASE + "\n", office, "backup", "create");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("--passphrase-stdin");

        CliRun created = run(PHRASE + "\n", office, "backup", "create", "--passphrase-stdin");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).startsWith("Đã sao lưu: ").contains("1 tài liệu");
        assertThat(created.err()).as("progress on standard error").contains("100%");

        Path usb = tmp.resolve("usb.mcbak");
        CliRun json = run(PHRASE + "\n", office, "--json", "backup", "create", "--passphrase-stdin", "--out", usb.toString());
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode made = JSON.readTree(json.out());
        assertThat(made.get("file").asText()).isEqualTo(usb.toString());
        assertThat(made.get("documents").asInt()).isEqualTo(1);
        assertThat(made.get("kind").asText()).isEqualTo("manual");
        assertThat(made.get("bytes").asLong()).isEqualTo(Files.size(usb));

        CliRun wrong = run("không phải mật khẩu\n", office, "backup", "verify", "--passphrase-stdin", usb.toString());
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("Cụm mật khẩu không mở được bản sao lưu");

        CliRun verified = run(PHRASE + "\n", office, "backup", "verify", "--passphrase-stdin", usb.toString());
        assertThat(verified.exit()).as(verified.err()).isZero();
        assertThat(verified.out()).contains("còn nguyên vẹn").contains("1 tài liệu");
        JsonNode verifiedJson = JSON.readTree(run(PHRASE + "\n", office, "--json", "backup", "verify", "--passphrase-stdin",
                usb.toString()).out());
        assertThat(verifiedJson.get("ok").asBoolean()).isTrue();
        assertThat(verifiedJson.get("schema").asText()).isNotBlank();

        JsonNode listed = JSON.readTree(run("", office, "--json", "backup", "list").out()).get("backups");
        // the other test may have added its own file meanwhile: only these two are this test's
        assertThat(listed.findValuesAsText("file")).contains(usb.toString())
                .anyMatch(f -> f.startsWith(office.resolve("backups").toString()) && f.matches(".*motcua-\\d{8}-\\d{6}\\.mcbak"));
        for (JsonNode b : listed) {
            assertThat(b.get("verified").asBoolean()).as(b.toString()).isEqualTo(b.get("file").asText().equals(usb.toString()));
        }
        CliRun human = run("", office, "backup", "list");
        assertThat(human.exit()).isZero();
        assertThat(human.out()).contains("đã kiểm tra").contains("chưa kiểm tra").contains(usb.toString());

        Path fresh = tmp.resolve("new-pc");
        CliRun restored = run(PHRASE + "\n", fresh, "--json", "backup", "restore", "--passphrase-stdin", usb.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(JSON.readTree(restored.out()).get("documents").asInt()).isEqualTo(1);
        JsonNode shown = JSON.readTree(run("", fresh, "--json", "dossier", "show", code).out());
        assertThat(shown.toString()).contains(code);
        try (AppContext context = TestOffice.open(fresh)) {
            assertThat(context.audit().latest(context.database().sessionFactory().openSession(), 5))
                    .anyMatch(e -> e.action().equals("BACKUP_RESTORE"));
        }

        CliRun again = run(PHRASE + "\n", fresh, "backup", "restore", "--passphrase-stdin", usb.toString());
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("không trống").contains("--data-dir");
    }

    @Test
    void aHumanRestoreSaysWhereAndWhatAndTheScheduleIsShownAndSet() throws Exception {
        Path file = tmp.resolve("for-human.mcbak");
        assertThat(run(PHRASE + "\n", office, "backup", "create", "--passphrase-stdin", "--out", file.toString()).exit()).isZero();
        Path fresh = tmp.resolve("human-pc");
        CliRun restored = run(PHRASE + "\n", fresh, "backup", "restore", "--passphrase-stdin", file.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(restored.out()).startsWith("Đã khôi phục ").contains(fresh.toString()).contains("1 tài liệu");

        assertThat(run("", fresh, "backup", "schedule").out()).contains("tắt");
        CliRun on = run("", fresh, "--json", "backup", "schedule", "--on", "--at", "18:15", "--keep", "3");
        assertThat(on.exit()).as(on.err()).isZero();
        JsonNode s = JSON.readTree(on.out());
        assertThat(s.get("enabled").asBoolean()).isTrue();
        assertThat(s.get("at").asText()).isEqualTo("18:15");
        assertThat(s.get("keep").asInt()).isEqualTo(3);
        assertThat(run("", fresh, "backup", "schedule").out()).contains("bật, lúc 18:15").contains("giữ 3");
        CliRun bad = run("", fresh, "backup", "schedule", "--at", "6 giờ chiều");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("HH:mm");
    }

    @Test
    void theDailyBackupsPassphraseIsKeptSealedAndAnAutomaticRunUsesIt() throws Exception {
        Path desk = tmp.resolve("kept-pc");
        try (AppContext context = TestOffice.initialized(desk)) {
            context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE));
        }
        JsonNode before = JSON.readTree(run("", desk, "--json", "backup", "schedule").out());
        assertThat(before.get("passphraseKept").asBoolean()).isFalse();
        CliRun noPhrase = run("", desk, "backup", "create", "--automatic");
        assertThat(noPhrase.exit()).as("nothing kept, nothing typed").isEqualTo(1);

        CliRun kept = run(PHRASE + "\n", desk, "--json", "backup", "schedule", "--on", "--passphrase-stdin");
        assertThat(kept.exit()).as(kept.err()).isZero();
        assertThat(JSON.readTree(kept.out()).get("passphraseKept").asBoolean()).isTrue();
        Path file = desk.resolve("backups/backup-passphrase.json");
        assertThat(Files.readString(file)).contains("sealed:v1:").doesNotContain(PHRASE).doesNotContain("mật khẩu");
        assertThat(run("", desk, "backup", "schedule").out()).contains("được giữ");

        CliRun automatic = run("", desk, "--json", "backup", "create", "--automatic");
        assertThat(automatic.exit()).as(automatic.err()).isZero();
        Path made = Path.of(JSON.readTree(automatic.out()).get("file").asText());
        CliRun verified = run(PHRASE + "\n", desk, "backup", "verify", "--passphrase-stdin", made.toString());
        assertThat(verified.exit()).as("the kept phrase is the one typed: " + verified.err()).isZero();

        CliRun tooShort = run("ngắn\n", desk, "backup", "schedule", "--passphrase-stdin");
        assertThat(tooShort.exit()).isEqualTo(1);
        assertThat(JSON.readTree(run("", desk, "--json", "backup", "schedule").out()).get("passphraseKept").asBoolean())
                .as("a refused phrase leaves the kept one").isTrue();
    }
}
