package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.storage.SettingsStore;
import vn.motcua.testing.TestOffice;

/** {@code scan watch --once} and {@code scan run}: events as JSON lines, exit codes, the desk's scan command. */
class ScanSourcesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path data;
    Path folder;
    String code;

    @BeforeEach
    void dossier() throws Exception {
        data = tmp.resolve("data");
        folder = Files.createDirectories(tmp.resolve("may quet"));
        try (AppContext context = TestOffice.initialized(data)) {
            code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        }
    }

    private Path jpeg(Path f, long seed) throws Exception {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 4000; i++) {
            img.setRGB(r.nextInt(120), r.nextInt(160), r.nextInt(0xFFFFFF));
        }
        ImageIO.write(img, "jpg", f.toFile());
        return f;
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\\R")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private List<String> linkedComponents() {
        try (AppContext context = TestOffice.open(data)) {
            return context.documents().linked(code).stream().map(d -> d.componentCode()).toList();
        }
    }

    @Test
    void watchOnceFilesWhatIsCompleteAndReportsEachEvent() throws Exception {
        jpeg(folder.resolve("trang-1.jpg"), 1);
        jpeg(folder.resolve("dang-ghi.jpg.part"), 2);
        Files.write(folder.resolve("rong.jpg"), new byte[0]);
        CliRun run = CliRun.in(data, "--json", "scan", "watch", "--folder", folder.toString(), "--dossier", code, "--component", "CT01",
                "--once", "--quiet-seconds", "1");
        assertThat(run.exit()).as(run.err()).isZero();
        List<JsonNode> events = lines(run.out());
        List<String> kinds = events.stream().map(e -> e.get("event").asText() + ":" + e.path("file").asText()).toList();
        assertThat(kinds).containsExactly("taken:rong.jpg", "refused:rong.jpg", "taken:trang-1.jpg", "filed:trang-1.jpg", "summary:");
        JsonNode filed = events.get(3).get("documents").get(0);
        assertThat(filed.get("componentCode").asText()).isEqualTo("CT01");
        assertThat(Path.of(filed.get("path").asText())).exists().hasFileName(filed.get("sha256").asText() + ".pdf");
        assertThat(events.get(1).get("message").asText()).contains("rong.jpg");
        JsonNode summary = events.get(4);
        assertThat(summary.get("filed").asInt()).isEqualTo(1);
        assertThat(summary.get("refused").asInt()).isEqualTo(1);
        assertThat(folder.resolve("dang-ghi.jpg.part")).exists();
        assertThat(folder.resolve(".motcua/done/trang-1.jpg")).exists();
        assertThat(folder.resolve(".motcua/refused/rong.jpg.txt")).exists();
        assertThat(linkedComponents()).containsExactly("CT01");
    }

    @Test
    void watchOnceWithoutATargetLeavesFilesWaiting() throws Exception {
        CliRun empty = CliRun.in(data, "scan", "watch", "--folder", folder.toString(), "--once", "--quiet-seconds", "0");
        assertThat(empty.exit()).as(empty.err()).isZero();
        assertThat(empty.out()).contains("chưa có tệp quét nào sẵn sàng");

        jpeg(folder.resolve("giay.jpg"), 3);
        CliRun run = CliRun.in(data, "scan", "watch", "--folder", folder.toString(), "--once", "--quiet-seconds", "1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("giay.jpg").contains("đang chờ xếp vào hồ sơ");
        assertThat(folder.resolve(".motcua/waiting/giay.jpg")).exists();
        assertThat(linkedComponents()).isEmpty();
    }

    @Test
    void watchRefusesAMissingFolderAnUnknownComponentAndHalfATarget() {
        CliRun missing = CliRun.in(data, "scan", "watch", "--folder", tmp.resolve("khong-co").toString(), "--once");
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("khong-co");
        CliRun unknown = CliRun.in(data, "scan", "watch", "--folder", folder.toString(), "--dossier", code, "--component", "XX", "--once");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("XX").contains("CT01");
        CliRun half = CliRun.in(data, "scan", "watch", "--folder", folder.toString(), "--dossier", code, "--once");
        assertThat(half.exit()).isEqualTo(2);
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "uses cp and sh")
    void runFilesTheOutputOfTheScannerCommand() throws Exception {
        Path page = jpeg(tmp.resolve("trang.jpg"), 4);
        CliRun none = CliRun.in(data, "scan", "run", "--dossier", code, "--component", "GTTT");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err()).contains("--command");

        CliRun run = CliRun.in(data, "--json", "scan", "run", "--dossier", code, "--component", "GTTT", "--command",
                "cp \"" + page + "\" {out}");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("status").asText()).isEqualTo("filed");
        assertThat(json.get("documents").get(0).get("componentCode").asText()).isEqualTo("GTTT");
        assertThat(Path.of(json.get("file").asText())).startsWith(data.resolve("scans/done")).hasExtension("jpg");
        assertThat(linkedComponents()).containsExactly("GTTT");

        // the desk's setting is the default command; a failing scanner is one sentence on stderr
        SettingsStore settings = new SettingsStore(data.resolve("settings.json"));
        settings.save(settings.load().withScanCommand("sh -c \"echo 'no paper in tray' >&2; exit 3\" sh {out}").withScanTimeoutSeconds(30));
        CliRun failed = CliRun.in(data, "scan", "run", "--dossier", code, "--component", "CT01");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).contains("no paper in tray").contains("3");
        assertThat(linkedComponents()).containsExactly("GTTT");
    }
}
