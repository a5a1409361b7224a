package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.sync.sim.Fault;
import vn.motcua.sync.sim.FaultPlan;
import vn.motcua.sync.sim.SimPortal;
import vn.motcua.testing.TestOffice;

/** {@code sync configure | run | status} against the in-memory portal (the HTTP client is wired at merge). */
class SyncCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path tmp;
    Path data;
    SimPortal portal;
    UUID dossier;

    @BeforeEach
    void office() {
        data = tmp.resolve("data");
        try (AppContext context = TestOffice.initialized(data)) {
            dossier = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.CERTIFIED_COPY)).id();
        }
        portal = new SimPortal(TestOffice.AGENCY, "desk-cli", Clock.systemUTC(), Duration.ZERO);
        SyncCommand.portalForTests = config -> {
            assertThat(config.clientId()).isEqualTo("desk-cli");
            assertThat(config.clientSecret()).isEqualTo("bi-mat-42");
            return portal;
        };
    }

    @AfterEach
    void reset() {
        SyncCommand.portalForTests = null;
    }

    private CliRun run(String... args) {
        return CliRun.in(data, args);
    }

    private void configure() {
        String[] args = {"--data-dir", data.toString(), "sync", "configure", "--portal-url", "http://127.0.0.1:8787/",
            "--client-id", "desk-cli", "--client-secret-stdin"};
        CliRun r = CliRun.withStdin("bi-mat-42\n", args);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("http://127.0.0.1:8787").contains("desk-cli").doesNotContain("bi-mat-42");
    }

    @Test
    void runBeforeConfigureSaysHowToConfigure() {
        CliRun r = run("sync", "run");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("motcua sync configure");
        CliRun status = run("--json", "sync", "status");
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("\"configured\":false").contains("\"queueLength\":1");
    }

    @Test
    void configureRefusesABadUrlNamingIt() {
        CliRun r = CliRun.withStdin("x\n", "--data-dir", data.toString(), "sync", "configure", "--portal-url", "dichvucong",
                "--client-id", "a", "--client-secret-stdin");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("dichvucong");
    }

    @Test
    void runUntilEmptySendsEverythingAndExitsZero() throws Exception {
        configure();
        CliRun r = run("--json", "sync", "run", "--until-empty", "--timeout", "30");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = JSON.readTree(r.out());
        assertThat(json.path("ok").asBoolean()).isTrue();
        assertThat(json.path("acknowledged").asInt()).isEqualTo(1);
        assertThat(json.path("waiting").asInt()).isZero();
        assertThat(portal.dossiers).containsKey(dossier);
        JsonNode status = JSON.readTree(run("--json", "sync", "status").out());
        assertThat(status.path("configured").asBoolean()).isTrue();
        assertThat(status.path("queueLength").asInt()).isZero();
        assertThat(status.path("byState").path("DONE").asInt()).isEqualTo(1);
        assertThat(status.path("line").asText()).isEqualTo("UP");
        assertThat(status.path("lastPush").isNull()).isFalse();
    }

    @Test
    void aRunThatCannotReachThePortalExitsOneWithTheReason() throws Exception {
        configure();
        portal.authenticate();
        FaultPlan down = FaultPlan.none();
        for (int i = 0; i < 20; i++) {
            down.then("mutate", Fault.REFUSED).then("changes", Fault.REFUSED);
        }
        portal.faults = down;
        CliRun r = run("--json", "sync", "run");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(JSON.readTree(r.out()).path("ok").asBoolean()).isFalse();
        assertThat(r.err()).contains("1").contains("connection refused");
        CliRun human = run("sync", "status");
        assertThat(human.exit()).isZero();
        assertThat(human.out()).contains("1");
    }
}
