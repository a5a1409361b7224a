package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** {@code scan import} and {@code documents verify}: JSON contract and exit codes. */
class ScanCliTest {
    @TempDir
    Path tmp;
    Path data;
    String code;

    @BeforeEach
    void dossier() {
        data = tmp.resolve("data");
        try (AppContext context = TestOffice.initialized(data)) {
            code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        }
    }

    private Path jpeg(String name, long seed) throws Exception {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 4000; i++) {
            img.setRGB(r.nextInt(120), r.nextInt(160), r.nextInt(0xFFFFFF));
        }
        Path f = tmp.resolve(name);
        ImageIO.write(img, "jpg", f.toFile());
        return f;
    }

    @Test
    void importPrintsTheStoredPdfAndVerifyFailsOnceItIsAltered() throws Exception {
        CliRun run = CliRun.in(data, "--json", "scan", "import", "--dossier", code, "--component", "GTTT",
                jpeg("a.jpg", 1).toString(), jpeg("b.jpg", 2).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        Path pdf = Path.of(json.get("path").asText());
        assertThat(json.get("pages").asInt()).isEqualTo(2);
        assertThat(json.get("bytes").asLong()).as("the plain PDF's size").isEqualTo(Files.size(vn.motcua.testing.Plain.of(pdf)));
        assertThat(pdf.getFileName().toString()).isEqualTo(json.get("sha256").asText() + ".pdf");
        try (PDDocument doc = Loader.loadPDF(vn.motcua.testing.Plain.of(pdf).toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
        }

        CliRun ok = CliRun.in(data, "--json", "documents", "verify");
        assertThat(ok.exit()).isZero();
        assertThat(new ObjectMapper().readTree(ok.out()).get("checked").asInt()).isEqualTo(1);

        Files.write(pdf, new byte[] {'%', 'P', 'D', 'F', '-'});
        CliRun altered = CliRun.in(data, "documents", "verify");
        assertThat(altered.exit()).isEqualTo(1);
        assertThat(altered.out()).contains("bị thay đổi 1").contains(json.get("sha256").asText());
        Files.delete(pdf);
        JsonNode missing = new ObjectMapper().readTree(CliRun.in(data, "--json", "documents", "verify").out());
        assertThat(missing.get("missing").get(0).asText()).isEqualTo(json.get("sha256").asText());
    }

    @Test
    void removingAFileLeavesATombstoneAndKeepsTheStoredPdf() throws Exception {
        ObjectMapper m = new ObjectMapper();
        JsonNode imported = m.readTree(CliRun.in(data, "--json", "scan", "import", "--dossier", code, "--component", "CT01",
                jpeg("c.jpg", 3).toString()).out());
        JsonNode listed = m.readTree(CliRun.in(data, "--json", "documents", "list", code).out()).get("documents");
        assertThat(listed).hasSize(1);
        String id = listed.get(0).get("id").asText();

        CliRun noReason = CliRun.in(data, "documents", "remove", id, "--reason", " ");
        assertThat(noReason.exit()).isEqualTo(1);
        CliRun removed = CliRun.in(data, "documents", "remove", id, "--reason", "Quét nhầm giấy tờ của người khác");
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(CliRun.in(data, "documents", "remove", id, "--reason", "lần nữa").exit()).isEqualTo(1);

        JsonNode after = m.readTree(CliRun.in(data, "--json", "documents", "list", code).out()).get("documents").get(0);
        assertThat(after.get("removed").asBoolean()).isTrue();
        assertThat(after.get("removalReason").asText()).isEqualTo("Quét nhầm giấy tờ của người khác");
        assertThat(Path.of(imported.get("path").asText())).exists();
        assertThat(CliRun.in(data, "documents", "verify").exit()).as("the kept file is still checked").isZero();
        try (AppContext context = TestOffice.open(data)) {
            long removals = context.database().sessionFactory().fromTransaction(s -> s.createNativeQuery(
                    "select count(*) from outbox_entry where action = 'DOCUMENT_REMOVE'", Long.class).getSingleResult());
            assertThat(removals).isEqualTo(1);
        }
    }

    @Test
    void aRefusedFileIsOneSentenceOnStandardError() throws Exception {
        Path empty = Files.createFile(tmp.resolve("trang.jpg"));
        CliRun run = CliRun.in(data, "scan", "import", "--dossier", code, "--component", "CT01", empty.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("trang.jpg").contains("rỗng");
        CliRun unknown = CliRun.in(data, "scan", "import", "--dossier", code, "--component", "ZZ", jpeg("c.jpg", 3).toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("CT01, CHO, GTTT");
    }
}
