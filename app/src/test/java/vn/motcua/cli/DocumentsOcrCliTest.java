package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.documents.ocr.OcrAvailability;
import vn.motcua.documents.ocr.ScannedPages;
import vn.motcua.documents.ocr.TesseractEngine;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** {@code documents ocr} then {@code documents search}: a scanned paper is found by its words, accents optional. */
class DocumentsOcrCliTest {
    @TempDir
    Path tmp;

    @Test
    void ocrThenSearchFindsTheDossier() throws Exception {
        OcrAvailability a = new TesseractEngine().detect();
        Assumptions.assumeTrue(a.available(), "skipped: " + a.reasonKey() + " (install tesseract-ocr tesseract-ocr-vie)");
        Path data = tmp.resolve("data");
        String code;
        Path scan = tmp.resolve("scan.pdf");
        ScannedPages.pdf(List.of(ScannedPages.page(List.of("Giấy chứng nhận kết hôn", "Trần Thị Bích"), 80)), scan);
        try (AppContext context = TestOffice.initialized(data)) {
            code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
            context.documents().importFiles(Actor.SYSTEM, code, "CT01", List.of(scan));
        }
        ObjectMapper m = new ObjectMapper();
        JsonNode before = m.readTree(CliRun.in(data, "--json", "documents", "search", "tran", "thi", "bich").out());
        assertThat(before.get("hits")).isEmpty();

        CliRun ocr = CliRun.in(data, "--json", "documents", "ocr");
        assertThat(ocr.exit()).as(ocr.err()).isZero();
        assertThat(m.readTree(ocr.out()).get("recognized").asInt()).isEqualTo(1);
        assertThat(ocr.err()).contains("trang 1/1");

        JsonNode hits = m.readTree(CliRun.in(data, "--json", "documents", "search", "tran", "thi", "bich").out()).get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("dossier").asText()).isEqualTo(code);
        assertThat(hits.get(0).get("component").asText()).isEqualTo("CT01");
        CliRun none = CliRun.in(data, "documents", "search", "khai", "tử");
        assertThat(none.out()).contains("Không tìm thấy");
    }
}
