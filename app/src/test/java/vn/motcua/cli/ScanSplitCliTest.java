package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.forms.PdfReadBack;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** {@code forms render separator} then {@code scan split} on a stack built from the printed sheets. */
class ScanSplitCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path data;
    String code;
    List<String> components;
    List<String> names;

    @BeforeEach
    void dossier() {
        data = tmp.resolve("data");
        try (AppContext context = TestOffice.initialized(data)) {
            code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
            var stored = context.dossiers().require(code).components();
            components = stored.stream().map(c -> c.code()).toList();
            names = stored.stream().map(c -> c.name()).toList();
        }
    }

    @Test
    void separatorsThenSplit() throws Exception {
        assertThat(components).containsExactly("CT01", "CHO", "GTTT");
        Path sheets = tmp.resolve("phan-cach.pdf");
        CliRun rendered = CliRun.in(data, "--json", "forms", "render", "separator", code, "--out", sheets.toString());
        assertThat(rendered.exit()).as(rendered.err()).isZero();
        assertThat(JSON.readTree(rendered.out()).get("file").asText()).isEqualTo(sheets.toAbsolutePath().toString());
        byte[] pdf = Files.readAllBytes(sheets);
        assertThat(PdfReadBack.pages(pdf)).isEqualTo(3);
        String text = PdfReadBack.text(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains(code);
        names.forEach(n -> assertThat(text).contains(n.replaceAll("\\s+", " ")));

        // stack: a stray page, then each sheet followed by pages (none for CHO)
        Path stack = tmp.resolve("stack.pdf");
        try (PDDocument sheetDoc = Loader.loadPDF(pdf); PDDocument doc = new PDDocument();
             InputStream font = getClass().getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
            PDType0Font f = PDType0Font.load(doc, font);
            plain(doc, f, "Trang lạc");
            doc.importPage(sheetDoc.getPage(0));
            plain(doc, f, "Trang 1 của CT01");
            plain(doc, f, "Trang 2 của CT01");
            doc.importPage(sheetDoc.getPage(1));
            doc.importPage(sheetDoc.getPage(2));
            plain(doc, f, "Trang 1 của GTTT");
            doc.save(stack.toFile());
        }

        CliRun split = CliRun.in(data, "--json", "scan", "split", stack.toString());
        assertThat(split.exit()).as(split.err()).isZero();
        JsonNode json = JSON.readTree(split.out());
        List<String> seen = new ArrayList<>();
        for (JsonNode part : json.get("parts")) {
            assertThat(part.get("dossierCode").asText()).isEqualTo(code);
            seen.add(part.get("componentCode").asText() + ":" + part.get("pages"));
        }
        assertThat(seen).containsExactly("CT01:[3,4]", "CHO:[]", "GTTT:[7]");
        assertThat(json.get("unassignedPages").toString()).isEqualTo("[1]");
        // the 1-based numbers point at the right pages of the stack
        assertThat(pageText(stack, 3)).contains("Trang 1 của CT01");
        assertThat(pageText(stack, 7)).contains("Trang 1 của GTTT");

        // filing: refused whole while a page has no separator in front of it …
        CliRun refused = CliRun.in(data, "scan", "split", "--import", stack.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("1");
        try (AppContext context = TestOffice.open(data)) {
            assertThat(context.documents().linked(code)).isEmpty();
        }
        // … and filed part by part once the stray page is gone
        Path clean = tmp.resolve("clean.pdf");
        try (PDDocument doc = Loader.loadPDF(stack.toFile())) {
            doc.removePage(0);
            doc.save(clean.toFile());
        }
        CliRun filed = CliRun.in(data, "--json", "scan", "split", "--import", clean.toString());
        assertThat(filed.exit()).as(filed.err()).isZero();
        List<String> got = new ArrayList<>();
        for (JsonNode part : JSON.readTree(filed.out()).get("filed")) {
            got.add(part.get("componentCode").asText() + ":" + part.get("pages"));
            byte[] stored = vn.motcua.testing.Plain.bytes(Path.of(part.get("path").asText()));
            assertThat(PdfReadBack.text(stored)).contains("của " + part.get("componentCode").asText())
                    .doesNotContain("TRANG PHÂN CÁCH");
        }
        assertThat(got).containsExactly("CT01:[2,3]", "GTTT:[6]");
        try (AppContext context = TestOffice.open(data)) {
            assertThat(context.documents().linked(code)).extracting(d -> d.componentCode()).containsExactlyInAnyOrder("CT01", "GTTT");
        }

        CliRun human = CliRun.in(data, "scan", "split", stack.toString());
        assertThat(human.exit()).as(human.err()).isZero();
        assertThat(human.out()).contains(code).contains("CT01").contains("3, 4").contains("CHO").contains("GTTT");
    }

    @Test
    void unknownDossierAndBadFilesAreUserErrors() throws Exception {
        CliRun unknown = CliRun.in(data, "forms", "render", "separator", "KHONG-CO", "--out", tmp.resolve("x.pdf").toString());
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("KHONG-CO");
        assertThat(tmp.resolve("x.pdf")).doesNotExist();

        Path text = Files.writeString(tmp.resolve("ghi-chu.txt"), "không phải bản quét");
        CliRun bad = CliRun.in(data, "scan", "split", text.toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains(text.toString()).contains("PDF");

        CliRun usage = CliRun.in(data, "scan", "split");
        assertThat(usage.exit()).isEqualTo(2);
    }

    private static void plain(PDDocument doc, PDType0Font font, String label) throws Exception {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(font, 24);
            cs.newLineAtOffset(80, 700);
            cs.showText(label);
            cs.endText();
        }
    }

    private static String pageText(Path pdf, int page) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(page);
            s.setEndPage(page);
            return s.getText(doc);
        }
    }
}
