package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.Main;
import vn.motcua.testing.JavaProcess;

/**
 * {@code portal serve} as a real child process: prints its URL, answers /v1/token for a client
 * added by another process WHILE it runs (H2 AUTO_SERVER), and stops on SIGTERM leaving a store
 * the next start opens.
 */
class PortalServeProcessTest {
    @TempDir
    Path dir;

    @Test
    void whatThePortalAcknowledgedSurvivesASigkill() throws Exception {
        CliRun add = CliRun.withStdin("bi-mat\n", "--data-dir", dir.toString(), "portal", "client", "add",
                "--client-id", "desk-1", "--agency", "000.00.06.H56", "--client-secret-stdin");
        assertThat(add.exit()).as(add.err()).isZero();
        Process serve = JavaProcess.of(Main.class, "--data-dir", dir.toString(), "portal", "serve", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        java.util.UUID id = java.util.UUID.randomUUID();
        java.util.UUID op = java.util.UUID.randomUUID();
        String body = vn.motcua.sync.sandbox.PortalHarness.dossier(id, "000.00.06.H56-261125-0042").toString();
        vn.motcua.sync.portal.PortalAnswer.Accepted first;
        try {
            URI url = url(serve);
            first = (vn.motcua.sync.portal.PortalAnswer.Accepted) new vn.motcua.sync.http.HttpPortalAdapter(url, "desk-1", "bi-mat",
                    java.time.Clock.systemUTC()).putDossier(id, op, null, body);
            assertThat(first.status()).isEqualTo(201);
        } finally {
            serve.destroyForcibly(); // SIGKILL right after the answer: fault 9
            serve.waitFor(20, TimeUnit.SECONDS);
        }
        try (vn.motcua.sync.sandbox.PortalServer again = vn.motcua.sync.sandbox.PortalServer.start(dir, 0,
                vn.motcua.sync.sandbox.PortalOptions.defaults())) {
            vn.motcua.sync.portal.PortalAnswer.Accepted replay = (vn.motcua.sync.portal.PortalAnswer.Accepted)
                    new vn.motcua.sync.http.HttpPortalAdapter(again.url(), "desk-1", "bi-mat", java.time.Clock.systemUTC())
                            .putDossier(id, op, null, body);
            assertThat(replay.status()).as("the acknowledged create and its stored answer survived").isEqualTo(201);
            assertThat(replay.body()).isEqualTo(first.body());
        }
    }

    private static URI url(Process serve) throws java.io.IOException {
        String line = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8)).readLine();
        assertThat(line).as("the URL line").isNotNull();
        Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:\\d+").matcher(line);
        assertThat(m.find()).as(line).isTrue();
        return URI.create(m.group());
    }

    @Test
    void servesTokensForAClientAddedWhileRunningAndStopsOnSigterm() throws Exception {
        Process serve = JavaProcess.of(Main.class, "--data-dir", dir.toString(), "portal", "serve", "--port", "0", "--token-ttl", "60")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertThat(line).as("the URL line").isNotNull();
            Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:\\d+").matcher(line);
            assertThat(m.find()).as(line).isTrue();
            URI url = URI.create(m.group());

            CliRun add = CliRun.withStdin("bi-mat-tien-trinh\n", "--data-dir", dir.toString(), "portal", "client", "add",
                    "--client-id", "desk-9", "--agency", "000.00.06.H56", "--client-secret-stdin");
            assertThat(add.exit()).as(add.err()).isZero();

            HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url.resolve("/v1/token"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"client_id\":\"desk-9\",\"client_secret\":\"bi-mat-tien-trinh\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(token.statusCode()).isEqualTo(200);
            assertThat(token.body()).contains("access_token").contains("\"expires_in\":60");
            assertThat(token.headers().firstValue("Date")).isPresent();

            serve.destroy(); // SIGTERM
            assertThat(serve.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        } finally {
            serve.destroyForcibly();
        }
        CliRun after = CliRun.withStdin("khac\n", "--data-dir", dir.toString(), "portal", "client", "add", "--client-id", "desk-9",
                "--agency", "000.00.06.H56", "--client-secret-stdin");
        assertThat(after.exit()).as("the store reopens after a clean stop").isZero();
        assertThat(after.out()).contains("cập nhật");
    }
}
