package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.Intakes;
import vn.motcua.reports.OnTimeReport;
import vn.motcua.reports.index766.OnTimeTimeliness;
import vn.motcua.reports.index766.Index766;
import vn.motcua.reports.index766.IndexConfig;
import vn.motcua.reports.index766.IndexScore;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/** {@code report index766}: the JSON carries every indicator's numbers and equals the service's figures. */
class ReportIndex766CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theJsonHasEveryIndicatorWithItsNumbersGroupTotalsAndTheTotal() throws Exception {
        IndexScore expected = march();
        CliRun run = CliRun.in(dir, "report", "index766", "--from", "2026-03-01", "--to", "2026-03-31", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.get("from").asText()).isEqualTo("2026-03-01");
        assertThat(json.get("groups")).hasSize(5);
        JsonNode timeliness = json.get("groups").get(1);
        assertThat(timeliness.get("id").asText()).isEqualTo("timeliness");
        JsonNode onTime = timeliness.get("indicators").get(0);
        // received 02/03 (7 working days, due 11/03): one resolved early, one still open on 31/03, overdue
        assertThat(onTime.get("numerator").asLong()).isEqualTo(1);
        assertThat(onTime.get("denominator").asLong()).isEqualTo(2);
        assertThat(onTime.get("points").asDouble()).isEqualTo(10.0);
        JsonNode online = json.get("groups").get(3).get("indicators").get(1);
        assertThat(online.get("id").asText()).isEqualTo("onlineSubmission");
        assertThat(online.get("numerator").asLong()).isEqualTo(1);
        assertThat(online.get("ratio").asDouble()).isEqualTo(0.5);
        assertThat(online.get("points").asDouble()).isEqualTo(6.0); // 50 % is full marks

        int g = 0;
        for (IndexScore.GroupScore group : expected.groups()) {
            JsonNode jg = json.get("groups").get(g++);
            assertThat(jg.get("id").asText()).isEqualTo(group.id());
            assertThat(jg.get("points").asDouble()).isCloseTo(group.points(), within(0.005));
            assertThat(jg.get("maxPoints").asDouble()).isEqualTo(group.maxPoints());
            int i = 0;
            for (IndexScore.IndicatorScore indicator : group.indicators()) {
                JsonNode ji = jg.get("indicators").get(i++);
                assertThat(ji.get("id").asText()).isEqualTo(indicator.id());
                assertThat(ji.get("numerator").asLong()).as(indicator.id()).isEqualTo(indicator.numerator());
                assertThat(ji.get("denominator").asLong()).as(indicator.id()).isEqualTo(indicator.denominator());
                assertThat(ji.get("points").asDouble()).as(indicator.id()).isCloseTo(indicator.points(), within(0.005));
            }
        }
        assertThat(json.get("total").asDouble()).isCloseTo(expected.total(), within(0.005));

        CliRun human = CliRun.in(dir, "report", "index766", "--from", "2026-03-01", "--to", "2026-03-31");
        assertThat(human.exit()).isZero();
        assertThat(human.out()).contains("Quyết định 766").contains("Hồ sơ nộp trực tuyến")
                .contains(String.format(java.util.Locale.ROOT, "%.2f/100", expected.total()));
    }

    @Test
    void wrongInputIsOneSentenceAndExitOne() throws Exception {
        march();
        CliRun backwards = CliRun.in(dir, "report", "index766", "--from", "2026-03-31", "--to", "2026-03-01");
        assertThat(backwards.exit()).isEqualTo(Cli.FAILED);
        assertThat(backwards.err()).contains("2026-03-31").contains("--from").doesNotContain("Exception");
        CliRun badDate = CliRun.in(dir, "report", "index766", "--from", "01/03/2026", "--to", "2026-03-31");
        assertThat(badDate.exit()).isEqualTo(Cli.FAILED);
        assertThat(badDate.err()).contains("01/03/2026");
        Files.writeString(dir.resolve(IndexConfig.FILE_NAME), "{\"groups\": {\"timeliness\": {\"indicators\": {\"onTime\": {\"weight\": 15}}}}}");
        CliRun badConfig = CliRun.in(dir, "report", "index766", "--from", "2026-03-01", "--to", "2026-03-31", "--json");
        assertThat(badConfig.exit()).isEqualTo(Cli.FAILED);
        assertThat(badConfig.err()).contains(IndexConfig.FILE_NAME).contains("timeliness").contains("15");
        assertThat(CliRun.in(dir, "report", "index766", "--from", "2026-03-01").exit()).isEqualTo(Cli.USAGE);
    }

    /** Two residence dossiers received 02/03/2026 (one online) and one resolved early; the service's own figures. */
    private IndexScore march() {
        TestClock clock = new TestClock(LocalDateTime.of(2026, 3, 2, 9, 0));
        try (AppContext context = TestOffice.initialized(dir, clock)) {
            Procedure p = Intakes.procedure(context, Intakes.RESIDENCE);
            String early = context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(p.code(), Intakes.applicant(),
                    Intakes.complete(p, 1, 1))).code();
            context.intake().receive(Actor.SYSTEM, new IntakeRequest(null, p.code(), Intakes.applicant(), null, null,
                    Intakes.complete(p, 1, 1), Channel.ONLINE, null, 1, null, null, null));
            clock.set(LocalDateTime.of(2026, 3, 5, 9, 0));
            context.processing().resultReady(Actor.SYSTEM, early, null);
            clock.set(LocalDateTime.of(2026, 4, 10, 9, 0));
            Index766 index = new Index766(IndexConfig.defaults(), new OnTimeTimeliness(new OnTimeReport(clock)));
            return context.database().sessionFactory().fromTransaction(s -> index.compute(s, LocalDate.of(2026, 3, 1),
                    LocalDate.of(2026, 3, 31)));
        }
    }

}
