package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.documents.CheckRun;
import vn.motcua.documents.IntegrityCheck;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** {@code scan import --result}, {@code documents offers}, {@code documents reuse} and the recorded {@code documents verify}. */
class ResultReuseCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path data;
    String first;
    String second;

    @BeforeEach
    void twoDossiersOfOneApplicant() {
        data = tmp.resolve("data");
        try (AppContext context = TestOffice.initialized(data)) {
            first = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
            second = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        }
    }

    private Path jpeg(String name, long seed) throws Exception {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(100, 140, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 3000; i++) {
            img.setRGB(r.nextInt(100), r.nextInt(140), r.nextInt(0xFFFFFF));
        }
        Path f = tmp.resolve(name);
        ImageIO.write(img, "jpg", f.toFile());
        return f;
    }

    @Test
    void aResultNeedsExactlyOneOfResultOrComponent() throws Exception {
        String page = jpeg("kq.jpg", 1).toString();
        CliRun both = CliRun.in(data, "scan", "import", "--dossier", first, "--result", "--component", "CT01", page);
        assertThat(both.exit()).isEqualTo(Cli.USAGE);
        assertThat(both.err()).contains("--result").contains("--component");
        CliRun neither = CliRun.in(data, "scan", "import", "--dossier", first, page);
        assertThat(neither.exit()).isEqualTo(Cli.USAGE);

        CliRun result = CliRun.in(data, "--json", "scan", "import", "--dossier", first, "--result", page);
        assertThat(result.exit()).as(result.err()).isZero();
        JsonNode json = JSON.readTree(result.out());
        assertThat(json.get("result").asBoolean()).isTrue();
        JsonNode listed = JSON.readTree(CliRun.in(data, "--json", "documents", "list", first).out()).get("documents");
        assertThat(listed).singleElement().satisfies(d -> assertThat(d.get("component").asText()).isEqualTo("KET_QUA"));
        try (AppContext context = TestOffice.open(data)) {
            assertThat(context.documents().hasElectronicResult(context.dossiers().require(first).id())).isTrue();
            assertThat(context.documents().hasElectronicResult(context.dossiers().require(second).id())).isFalse();
        }
    }

    @Test
    void offersListEarlierScansAndReuseLinksOne() throws Exception {
        CliRun none = CliRun.in(data, "documents", "offers", "--id-number", Intakes.applicant().idNumber(), "--procedure", Intakes.RESIDENCE);
        assertThat(none.exit()).isZero();
        assertThat(none.out()).contains("Chưa có bản số hóa");

        assertThat(CliRun.in(data, "scan", "import", "--dossier", first, "--component", "CHO", jpeg("cho.jpg", 2).toString()).exit())
                .isZero();
        CliRun offers = CliRun.in(data, "--json", "documents", "offers", "--id-number", Intakes.applicant().idNumber(),
                "--procedure", Intakes.RESIDENCE);
        assertThat(offers.exit()).as(offers.err()).isZero();
        JsonNode offer = JSON.readTree(offers.out()).get("offers");
        assertThat(offer).hasSize(1);
        assertThat(offer.get(0).get("component").asText()).isEqualTo("CHO");
        assertThat(offer.get(0).get("fromDossier").asText()).isEqualTo(first);
        CliRun human = CliRun.in(data, "documents", "offers", "--id-number", Intakes.applicant().idNumber(), "--procedure", Intakes.RESIDENCE);
        assertThat(human.out()).contains("Đã có bản số hóa ngày").contains("(hồ sơ " + first + ")").contains("dùng lại");

        String id = offer.get(0).get("documentId").asText();
        CliRun reused = CliRun.in(data, "--json", "documents", "reuse", "--dossier", second, "--component", "CHO", "--from", id);
        assertThat(reused.exit()).as(reused.err()).isZero();
        JsonNode link = JSON.readTree(reused.out());
        assertThat(link.get("reused").asBoolean()).isTrue();
        assertThat(link.get("digitized").asBoolean()).isFalse();
        assertThat(link.get("sha256").asText()).isEqualTo(offer.get(0).get("sha256").asText());

        CliRun wrong = CliRun.in(data, "documents", "reuse", "--dossier", second, "--component", "CT01", "--from", id);
        assertThat(wrong.exit()).isEqualTo(Cli.FAILED);
        assertThat(wrong.err()).contains("không cùng loại");
    }

    @Test
    void verifyRecordsItsRun() throws Exception {
        assertThat(CliRun.in(data, "scan", "import", "--dossier", first, "--component", "CT01", jpeg("a.jpg", 3).toString()).exit()).isZero();
        assertThat(CliRun.in(data, "documents", "verify").exit()).isZero();
        try (AppContext context = TestOffice.open(data)) {
            CheckRun run = context.integrity().last().orElseThrow();
            assertThat(run.trigger()).isEqualTo(IntegrityCheck.MANUAL);
            assertThat(run.checked()).isEqualTo(1);
            assertThat(run.intact()).isTrue();
        }
    }
}
