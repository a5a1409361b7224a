package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.signing.SoftHsm;
import vn.motcua.signing.TestCa;
import vn.motcua.signing.TestPdfs;

/** {@code sign} and {@code verify-signature}: a PKCS#12 file, a SoftHSM2 token, exit codes and JSON. */
class SignCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TestCa ca;
    private static TestCa.Issued signer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void makeCa() throws Exception {
        ca = new TestCa();
        signer = ca.signer();
    }

    private CliRun run(String stdin, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        return CliRun.withStdin(stdin, all.toArray(String[]::new));
    }

    @Test
    void signsWithAPkcs12FileAndTheSignatureVerifiesAgainstTheRoot() throws Exception {
        Path pdf = TestPdfs.write(tmp.resolve("ket-qua.pdf"), 2);
        Path p12 = signer.pkcs12(tmp.resolve("chu-ky.p12"), "mat-khau");
        Path out = tmp.resolve("ket-qua-da-ky.pdf");

        CliRun signed = run("mat-khau\n", "sign", pdf.toString(), "--out", out.toString(), "--pkcs12", p12.toString(),
                "--pin-stdin", "--reason", "Phê duyệt", "--location", "Vụ Bản", "--page", "1");
        assertThat(signed.exit()).as(signed.err()).isZero();
        assertThat(signed.out()).contains("Đã ký").contains(TestCa.SIGNER_NAME).contains("trang 1");
        assertThat(out).exists();

        CliRun human = run("", "verify-signature", out.toString());
        assertThat(human.exit()).as(human.err()).isZero();
        assertThat(human.out()).contains("1. Signature1: ký bởi " + TestCa.SIGNER_NAME).contains("hợp lệ")
                .contains("Cả 1 chữ ký số đều hợp lệ.");

        Path rootPem = pem(tmp.resolve("root.pem"), ca.root);
        CliRun json = run("", "verify-signature", out.toString(), "--trust", rootPem.toString(), "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("valid").asBoolean()).isTrue();
        JsonNode sig = doc.get("signatures").get(0);
        assertThat(sig.get("signerName").asText()).isEqualTo(TestCa.SIGNER_NAME);
        assertThat(sig.get("trust").asText()).isEqualTo("trusted");
        assertThat(sig.get("digestMatches").asBoolean()).isTrue();
        assertThat(sig.get("reason").asText()).isEqualTo("Phê duyệt");
        assertThat(sig.get("chain")).hasSize(2);

        CliRun foreign = run("", "verify-signature", out.toString(), "--trust",
                pem(tmp.resolve("other.pem"), new TestCa("Other Root").root).toString());
        assertThat(foreign.exit()).isEqualTo(1);
        assertThat(foreign.out()).contains("chứng thư số không do nhà cung cấp tin cậy cấp");
        assertThat(foreign.err().strip()).isEqualTo("Tệp " + out + " có 1 trong 1 chữ ký số không hợp lệ.");
    }

    @Test
    void signsWithTheTokenPinFromStandardInputAndRefusesAWrongPin() throws Exception {
        SoftHsm.token();
        Path pdf = TestPdfs.write(tmp.resolve("quyet-dinh.pdf"), 1);
        Path out = tmp.resolve("quyet-dinh-da-ky.pdf");
        String[] args = {"sign", pdf.toString(), "--out", out.toString(), "--pkcs11-lib", SoftHsm.LIBRARY.toString(),
            "--slot", String.valueOf(SoftHsm.SLOT), "--pin-stdin", "--json"};

        CliRun wrong = run("111111\n", args);
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.out()).isEmpty();
        assertThat(wrong.err().strip()).startsWith("Mã PIN không đúng.").doesNotContain("\n");
        assertThat(out).doesNotExist();

        CliRun ok = run(SoftHsm.PIN + "\n", args);
        assertThat(ok.exit()).as(ok.err()).isZero();
        JsonNode doc = JSON.readTree(ok.out());
        assertThat(doc.get("signerName").asText()).isEqualTo(TestCa.SIGNER_NAME);
        assertThat(doc.get("page").asInt()).isEqualTo(1);
        assertThat(run("", "verify-signature", out.toString()).exit()).isZero();
    }

    @Test
    void anUnsignedOrAlteredFileExitsOneWithOneSentence() throws Exception {
        Path plain = TestPdfs.write(tmp.resolve("plain.pdf"), 1);
        CliRun none = run("", "verify-signature", plain.toString());
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.err().strip()).isEqualTo("Tệp " + plain + " không có chữ ký số nào.");

        Path out = tmp.resolve("signed.pdf");
        Path p12 = signer.pkcs12(tmp.resolve("k.p12"), "123456");
        assertThat(run("123456\n", "sign", plain.toString(), "--out", out.toString(), "--pkcs12", p12.toString(),
                "--pin-stdin").exit()).isZero();
        byte[] bytes = Files.readAllBytes(out);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("0042");
        bytes[at] = '9';
        Path altered = Files.write(tmp.resolve("altered.pdf"), bytes);
        CliRun json = run("", "--json", "verify-signature", altered.toString());
        assertThat(json.exit()).isEqualTo(1);
        JsonNode doc = JSON.readTree(json.out());
        assertThat(doc.get("valid").asBoolean()).isFalse();
        assertThat(doc.get("signatures").get(0).get("digestMatches").asBoolean()).isFalse();
        assertThat(json.err()).contains("không hợp lệ");
    }

    @Test
    void usageErrorsExitTwoAndAMissingPinExitsOne() throws Exception {
        Path pdf = TestPdfs.write(tmp.resolve("a.pdf"), 1);
        Path p12 = signer.pkcs12(tmp.resolve("k.p12"), "123456");
        String out = tmp.resolve("b.pdf").toString();
        assertThat(run("123456\n", "sign", pdf.toString(), "--out", out, "--pkcs12", p12.toString()).exit())
                .as("--pin-stdin is required").isEqualTo(2);
        assertThat(run("123456\n", "sign", pdf.toString(), "--out", out, "--pkcs12", p12.toString(),
                "--pkcs11-lib", "/x.so", "--slot", "0", "--pin-stdin").exit()).as("one key source").isEqualTo(2);
        assertThat(run("123456\n", "sign", pdf.toString(), "--out", out, "--pin-stdin").exit()).isEqualTo(2);
        CliRun noPin = run("", "sign", pdf.toString(), "--out", out, "--pkcs12", p12.toString(), "--pin-stdin");
        assertThat(noPin.exit()).isEqualTo(1);
        assertThat(noPin.err()).contains("Chưa nhận được mã PIN");
        assertThat(Path.of(out)).doesNotExist();
    }

    private static Path pem(Path file, java.security.cert.X509Certificate cert) throws Exception {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(cert.getEncoded());
        return Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n");
    }
}
