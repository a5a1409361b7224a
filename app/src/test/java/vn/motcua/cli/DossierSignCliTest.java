package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Processing;
import vn.motcua.signing.TestCa;
import vn.motcua.testing.TestOffice;

/** {@code dossier sign CODE --what 04 --pkcs12 F --pin-stdin}, then {@code dossier show} lists the signature. */
class DossierSignCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theChairSignsTheApologyLetterOnTheCommandLine() throws Exception {
        Path data = dir.resolve("data");
        String code;
        try (AppContext context = TestOffice.initialized(data)) {
            var staff = Processing.staff(context);
            code = Processing.receive(context, staff[0]);
            context.processing().extend(staff[2], code, 2, "Chờ xác minh");
        }
        Path key = new TestCa().signer().pkcs12(dir.resolve("chu-tich.p12"), "mat-khau");
        String[] sign = {"--data-dir", data.toString(), "--json", "dossier", "sign", code, "--what", "04", "--pkcs12", key.toString(),
            "--pin-stdin", "--by", "hung"};

        CliRun wrong = CliRun.withStdin("sai\n", sign);
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).contains("chu-tich.p12");

        CliRun signed = CliRun.withStdin("mat-khau\n", sign);
        assertThat(signed.exit()).as(signed.err()).isZero();
        JsonNode answer = JSON.readTree(signed.out());
        assertThat(answer.get("signerName").asText()).isEqualTo(TestCa.SIGNER_NAME);

        CliRun show = CliRun.in(data, "--json", "dossier", "show", code);
        JsonNode signatures = JSON.readTree(show.out()).get("signatures");
        assertThat(signatures).singleElement().satisfies(g -> {
            assertThat(g.get("what").asText()).isEqualTo("04");
            assertThat(g.get("sha256").asText()).isEqualTo(answer.get("sha256").asText());
        });
        CliRun verify = CliRun.withStdin("", "--data-dir", data.toString(), "verify-signature",
                data.resolve("documents/sha256").resolve(answer.get("sha256").asText().substring(0, 2))
                        .resolve(answer.get("sha256").asText() + ".pdf").toString());
        assertThat(verify.exit()).as(verify.out() + verify.err()).isZero();

        CliRun clerk = CliRun.withStdin("mat-khau\n", "--data-dir", data.toString(), "dossier", "sign", code, "--what", "04",
                "--pkcs12", key.toString(), "--pin-stdin", "--by", "thu");
        assertThat(clerk.exit()).isEqualTo(1);
        assertThat(clerk.err()).contains("ký số văn bản của hồ sơ").contains("Lãnh đạo");
    }
}
