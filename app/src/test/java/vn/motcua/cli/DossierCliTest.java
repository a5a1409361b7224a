package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Intakes;
import vn.motcua.fees.VietQr;
import vn.motcua.testing.TestOffice;

/** {@code office configure}, {@code dossier receive}, {@code forms render}, {@code fees …}: the intake contract. */
class DossierCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path data;
    String components;

    @BeforeEach
    void office() {
        data = tmp.resolve("data");
        try (AppContext context = TestOffice.initialized(data)) {
            Procedure p = Intakes.procedure(context, Intakes.CERTIFIED_COPY);
            components = Intakes.complete(p, 2, 3).stream()
                    .map(c -> "{\"code\":\"" + c.code() + "\",\"originals\":1,\"certifiedCopies\":2,\"pages\":3}")
                    .collect(Collectors.joining(","));
        }
        CliRun configured = CliRun.in(data, "office", "configure", "--bank-bin", "970436", "--bank-account", "0011004455667",
                "--bank-name", "Vietcombank", "--place", "Xã Vụ Bản", "--parent-body", "UBND xã Vụ Bản",
                "--lookup-url", "https://dichvucong.example.vn/tra-cuu?ma={code}");
        assertThat(configured.exit()).as(configured.err()).isZero();
    }

    private Path request(String idNumber) throws Exception {
        Path f = tmp.resolve("request-" + idNumber + ".json");
        Files.writeString(f, """
                {"procedureCode": "2.000815",
                 "applicant": {"fullName": "Lê Thị Hồng", "idNumber": "%s", "birthDate": "1992-03-04", "sex": "Nữ",
                               "address": "Xóm 3, xã Vụ Bản", "phone": "0987654321"},
                 "components": [%s],
                 "channel": 1}
                """.formatted(idNumber, components));
        return f;
    }

    private JsonNode receive(String idNumber) throws Exception {
        CliRun r = CliRun.in(data, "--json", "dossier", "receive", "--file", request(idNumber).toString());
        assertThat(r.exit()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void receiveRenderAndPay() throws Exception {
        JsonNode received = receive("036192001234");
        String code = received.get("code").asText();
        assertThat(received.get("status").asInt()).isEqualTo(2);
        assertThat(received.get("uuid").asText()).hasSize(36);
        assertThat(received.get("dueAt").asText()).isNotBlank();

        CliRun asClerk = CliRun.in(data, "--json", "dossier", "receive", "--file", request("036192001299").toString(),
                "--clerk", "admin");
        assertThat(asClerk.exit()).as(asClerk.err()).isZero();
        CliRun nobody = CliRun.in(data, "dossier", "receive", "--file", request("036192001298").toString(), "--clerk", "khong-co");
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.err()).contains("khong-co");
        Path clerkPdf = tmp.resolve("clerk.pdf");
        CliRun clerkRender = CliRun.in(data, "forms", "render", "01", JSON.readTree(asClerk.out()).get("code").asText(),
                "--out", clerkPdf.toString());
        assertThat(clerkRender.exit()).as(clerkRender.err()).isZero();
        try (var doc = Loader.loadPDF(clerkPdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Trần Văn Quản"); // the receiving officer
        }

        Path pdf = tmp.resolve("receipt.pdf");
        CliRun render = CliRun.in(data, "forms", "render", "01", code, "--out", pdf.toString());
        assertThat(render.exit()).as(render.err()).isZero();
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(code, "Lê Thị Hồng", "036192001234", "Xã Vụ Bản");
        }

        CliRun qr = CliRun.in(data, "--json", "fees", "qr", code);
        assertThat(qr.exit()).as(qr.err()).isZero();
        JsonNode q = JSON.readTree(qr.out());
        long amount = q.get("amount").asLong();
        assertThat(amount).isPositive();
        Map<String, String> fields = VietQr.parse(q.get("vietqr").asText());
        assertThat(fields).containsEntry("54", String.valueOf(amount)).containsEntry("53", "704");
        assertThat(fields.values()).anyMatch(v -> v.equals("970436")).anyMatch(v -> v.equals("0011004455667"));

        CliRun pay = CliRun.in(data, "fees", "pay", code, "--method", "cash", "--ref", "BL-0001");
        assertThat(pay.exit()).as(pay.err()).isZero();
        CliRun again = CliRun.in(data, "fees", "qr", code);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains(code);
    }

    @Test
    void aWrongIdIsRefusedNamingTheFieldAndConsumesNoCode() throws Exception {
        CliRun bad = CliRun.in(data, "dossier", "receive", "--file", request("03619200123").toString());
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err().lines().count()).isEqualTo(1);
        assertThat(bad.err()).containsIgnoringCase("định danh");
        assertThat(receive("036192001234").get("code").asText()).endsWith("-0001");
    }

    @Test
    void aBankStatementMarksMatchingDossiersPaid() throws Exception {
        String first = receive("036192001234").get("code").asText();
        String second = receive("036192001235").get("code").asText();
        long due = JSON.readTree(CliRun.in(data, "--json", "fees", "qr", first).out()).get("amount").asLong();
        Path csv = tmp.resolve("sao-ke.csv");
        // banks drop the dots and dashes of the transfer text; the second line pays the wrong amount
        Files.writeString(csv, "Ngày,Số tiền,Nội dung\n23/11/2026,%d,CHUYEN TIEN %s\n23/11/2026,1000,%s\n".formatted(
                due, first.replaceAll("[^A-Za-z0-9]", ""), second));
        CliRun imported = CliRun.in(data, "--json", "fees", "import-statement", csv.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        JsonNode result = JSON.readTree(imported.out());
        assertThat(result.get("matched")).hasSize(1);
        assertThat(result.get("matched").get(0).get("code").asText()).isEqualTo(first);
        assertThat(result.get("wrongAmount")).hasSize(1);
        assertThat(CliRun.in(data, "fees", "qr", first).exit()).isEqualTo(1);
        assertThat(CliRun.in(data, "fees", "qr", second).exit()).isZero();
    }

    @Test
    void officeConfigureShowsWhatWasSaved() throws Exception {
        JsonNode shown = JSON.readTree(CliRun.in(data, "--json", "office", "configure").out());
        assertThat(shown.get("bankBin").asText()).isEqualTo("970436");
        assertThat(shown.get("place").asText()).isEqualTo("Xã Vụ Bản");
        assertThat(shown.get("numbering").asText()).isEqualTo("local");
        CliRun range = CliRun.in(data, "--json", "office", "configure", "--numbering", "range", "--range", "0001-4999");
        assertThat(JSON.readTree(range.out()).get("range").asText()).isEqualTo("0001-4999");
        JsonNode leased = JSON.readTree(CliRun.in(data, "--json", "office", "configure", "--numbering", "leased", "--range", "9000-9999").out());
        assertThat(leased.get("numbering").asText()).isEqualTo("leased");
        assertThat(leased.get("range").asText()).isEqualTo("9000-9999");
        // --range alone moves the reserve of a leased office and keeps it leased
        JsonNode moved = JSON.readTree(CliRun.in(data, "--json", "office", "configure", "--range", "9500-9999").out());
        assertThat(moved.get("numbering").asText()).isEqualTo("leased");
        assertThat(moved.get("range").asText()).isEqualTo("9500-9999");
        CliRun bad = CliRun.in(data, "office", "configure", "--bank-bin", "97043");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("97043");
        assertThat(List.of(JSON.readTree(CliRun.in(data, "--json", "office", "configure").out()).get("bankBin").asText()))
                .containsExactly("970436");
    }
}
