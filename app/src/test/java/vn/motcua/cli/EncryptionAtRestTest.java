package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.Main;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Intakes;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.Bytes;
import vn.motcua.testing.JavaProcess;
import vn.motcua.testing.OldSchema;
import vn.motcua.testing.TestOffice;

/**
 * Issue 10 item 5: the applicant's name and ID number are nowhere in clear in the data directory
 * or a backup; an older plain office is encrypted by {@code encryption enable}; another PC opens
 * the data only with the recovery passphrase or through a backup (its own {@code MOTCUA_KEYS}).
 */
class EncryptionAtRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "Lê Thị Hồng Nhung";
    private static final String ID_NUMBER = "036192004417";
    private static final String PASSPHRASE = "Đồng lúa xanh ven sông Đáy";
    private static final String BACKUP_PASSPHRASE = "sao lưu mỗi tối thứ sáu";

    @TempDir
    Path tmp;
    String component;

    @Test
    void aNewOfficeKeepsNoApplicantDataInClearOnDiskOrInItsBackup() throws Exception {
        Path data = tmp.resolve("data");
        TestOffice.initialized(data).close();
        String code = receive(data);
        assertThat(Files.readString(data.resolve("db/motcua.mv.db"), StandardCharsets.ISO_8859_1)).startsWith("H2encrypt");
        assertThat(filesHolding(data)).isEmpty();
        Path backup = tmp.resolve("office.mcbak");
        CliRun made = CliRun.withStdin(BACKUP_PASSPHRASE + "\n", "--data-dir", data.toString(), "backup", "create", "--out",
                backup.toString(), "--passphrase-stdin");
        assertThat(made.exit()).as(made.err()).isZero();
        assertThat(holds(backup)).isFalse();
        assertThat(list(data)).contains(code); // and the office still reads its own data
    }

    @Test
    void anOlderPlainOfficeIsEncryptedInPlaceAndKeepsItsDossiers() throws Exception {
        Path data = tmp.resolve("old");
        OldSchema.create(new DataDirectory(data).prepare(), vn.motcua.storage.Database.SCHEMA_VERSION); // made before encryption at rest
        TestOffice.initialized(data).close();
        String code = receive(data);
        assertThat(filesHolding(data)).as("the control: a plain file shows the name").contains(data.resolve("db/motcua.mv.db"));
        assertThat(status(data).get("encrypted").asBoolean()).isFalse();
        scan(data, code);
        assertThat(storedDocuments(data)).isNotEmpty().allSatisfy(f -> assertThat(startsWithPdf(f)).as("control").isTrue());

        CliRun enabled = CliRun.in(data, "encryption", "enable");
        assertThat(enabled.exit()).as(enabled.err()).isZero();
        assertThat(filesHolding(data)).isEmpty();
        assertThat(storedDocuments(data)).isNotEmpty().allSatisfy(f -> assertThat(startsWithPdf(f)).as(f.toString()).isFalse());
        CliRun verified = CliRun.in(data, "documents", "verify");
        assertThat(verified.exit()).as(verified.out() + verified.err()).isZero();
        scan(data, code); // stored after enable: sealed from the start
        assertThat(storedDocuments(data)).hasSize(2).allSatisfy(f -> assertThat(startsWithPdf(f)).as(f.toString()).isFalse());
        JsonNode status = status(data);
        assertThat(status.get("encrypted").asBoolean()).isTrue();
        assertThat(status.get("databaseFileEncrypted").asBoolean()).isTrue();
        assertThat(list(data)).contains(code);
        assertThat(CliRun.in(data, "encryption", "enable").exit()).as("a second run has nothing left to do").isZero();
        assertThat(list(data)).contains(code);
    }

    @Test
    void anotherPcOpensTheDataOnlyWithTheRecoveryPassphrase() throws Exception {
        Path data = tmp.resolve("data");
        TestOffice.initialized(data).close();
        String code = receive(data);
        CliRun tooShort = CliRun.withStdin("ngắn\n", "--data-dir", data.toString(), "encryption", "passphrase", "--passphrase-stdin");
        assertThat(tooShort.exit()).isNotZero();
        assertThat(tooShort.err()).contains("ít nhất 10");
        CliRun set = CliRun.withStdin(PASSPHRASE + "\n", "--data-dir", data.toString(), "encryption", "passphrase", "--passphrase-stdin");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(Files.readString(data.resolve("keys/office-key.json"))).contains("\"recovery\"").doesNotContain(PASSPHRASE);

        Path otherPc = tmp.resolve("other-pc-keys");
        Run refused = onAnotherPc(otherPc, "", "--data-dir", data.toString(), "dossier", "list");
        assertThat(refused.exit).isNotZero();
        assertThat(refused.err).contains("encryption unlock --passphrase-stdin");
        Run wrong = onAnotherPc(otherPc, "Đồng lúa xanh ven sông Hồng\n", "--data-dir", data.toString(), "encryption", "unlock",
                "--passphrase-stdin");
        assertThat(wrong.exit).isNotZero();
        assertThat(wrong.err).contains("không mở được khóa");
        assertThat(otherPc.resolve(status(data).get("keyId").asText() + ".key")).doesNotExist();
        // the same phrase typed with combining marks (a Windows keyboard) is the same phrase
        String decomposed = java.text.Normalizer.normalize(PASSPHRASE, java.text.Normalizer.Form.NFD);
        Run unlocked = onAnotherPc(otherPc, decomposed + "\n", "--data-dir", data.toString(), "encryption", "unlock", "--passphrase-stdin");
        assertThat(unlocked.exit).as(unlocked.err).isZero();
        Run listed = onAnotherPc(otherPc, "", "--data-dir", data.toString(), "dossier", "list");
        assertThat(listed.exit).as(listed.err).isZero();
        assertThat(listed.out).contains(code);
    }

    @Test
    void aBackupRestoredOnAnotherPcCarriesItsKey() throws Exception {
        Path data = tmp.resolve("data");
        TestOffice.initialized(data).close();
        String code = receive(data);
        Path backup = tmp.resolve("office.mcbak");
        CliRun made = CliRun.withStdin(BACKUP_PASSPHRASE + "\n", "--data-dir", data.toString(), "backup", "create", "--out",
                backup.toString(), "--passphrase-stdin");
        assertThat(made.exit()).as(made.err()).isZero();

        Path otherPc = tmp.resolve("other-pc-keys");
        Path restored = tmp.resolve("restored");
        Run restore = onAnotherPc(otherPc, BACKUP_PASSPHRASE + "\n", "--data-dir", restored.toString(), "backup", "restore",
                backup.toString(), "--passphrase-stdin");
        assertThat(restore.exit).as(restore.err).isZero();
        assertThat(restored.resolve("keys/office.key")).as("the raw key stays out of the data directory").doesNotExist();
        assertThat(filesHolding(restored)).isEmpty();
        Run listed = onAnotherPc(otherPc, "", "--data-dir", restored.toString(), "dossier", "list");
        assertThat(listed.exit).as(listed.err).isZero();
        assertThat(listed.out).contains(code);
    }

    private String receive(Path data) throws Exception {
        String components;
        try (AppContext context = TestOffice.open(data)) {
            Procedure p = Intakes.procedure(context, Intakes.CERTIFIED_COPY);
            component = Intakes.complete(p, 2, 3).get(0).code();
            components = Intakes.complete(p, 2, 3).stream()
                    .map(c -> "{\"code\":\"" + c.code() + "\",\"originals\":1,\"certifiedCopies\":2,\"pages\":3}")
                    .collect(Collectors.joining(","));
        }
        Path f = tmp.resolve("request.json");
        Files.writeString(f, """
                {"procedureCode": "2.000815",
                 "applicant": {"fullName": "%s", "idNumber": "%s", "birthDate": "1992-03-04", "sex": "Nữ",
                               "address": "Xóm 3, xã Vụ Bản", "phone": "0987654321"},
                 "components": [%s],
                 "channel": 1}
                """.formatted(NAME, ID_NUMBER, components));
        CliRun r = CliRun.in(data, "--json", "dossier", "receive", "--file", f.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out()).get("code").asText();
    }

    private void scan(Path data, String code) throws IOException {
        Path png = tmp.resolve("page-" + System.nanoTime() + ".png");
        java.awt.image.BufferedImage page = new java.awt.image.BufferedImage(600, 800, java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 600, 800);
        g.setColor(java.awt.Color.BLACK);
        g.drawString("Giay khai sinh " + System.nanoTime(), 40, 60); // each page different: two stored files
        g.dispose();
        javax.imageio.ImageIO.write(page, "png", png.toFile());
        CliRun r = CliRun.in(data, "scan", "import", "--dossier", code, "--component", component, png.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    private static List<Path> storedDocuments(Path data) throws IOException {
        try (Stream<Path> files = Files.walk(data.resolve("documents/sha256"))) {
            return files.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".pdf")).toList();
        }
    }

    private static boolean startsWithPdf(Path f) {
        try (var in = Files.newInputStream(f)) {
            return new String(in.readNBytes(4), StandardCharsets.US_ASCII).equals("%PDF");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String list(Path data) {
        CliRun r = CliRun.in(data, "dossier", "list");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }

    private static JsonNode status(Path data) throws IOException {
        CliRun r = CliRun.in(data, "--json", "encryption", "status");
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    /** The files (outside the logs, which mask ID numbers and name nobody) that hold the name or the ID number in clear. */
    private static List<Path> filesHolding(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).filter(p -> !root.relativize(p).startsWith("logs")).toList()) {
                if (holds(f)) {
                    found.add(f);
                }
            }
        }
        return found;
    }

    private static boolean holds(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return Bytes.indexOf(bytes, NAME.getBytes(StandardCharsets.UTF_8)) >= 0 || Bytes.indexOf(bytes, ID_NUMBER.getBytes(StandardCharsets.US_ASCII)) >= 0;
    }


    private record Run(int exit, String out, String err) {
    }

    /** The command line in its own process whose office keys live in {@code keys} (another PC's key folder). */
    private static Run onAnotherPc(Path keys, String stdin, String... args) throws Exception {
        ProcessBuilder pb = JavaProcess.of(Main.class, args);
        pb.environment().put("MOTCUA_KEYS", keys.toString());
        Process p = pb.start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        var out = new java.util.concurrent.CompletableFuture<String>();
        Thread reader = new Thread(() -> {
            try {
                out.complete(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                out.completeExceptionally(e);
            }
        });
        reader.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out.get(30, TimeUnit.SECONDS), err);
    }
}
