package vn.motcua.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditEntry;
import vn.motcua.testing.TestOffice;

/** The recorded integrity check: due weekly, each run kept, problems reported by the schedule. */
class IntegrityCheckTest {
    private static final Instant T0 = Instant.parse("2026-03-12T02:00:00Z");

    @TempDir
    Path tmp;

    private AppContext context;
    private ImportedDocument pdf;

    @BeforeEach
    void scanned() throws Exception {
        context = TestOffice.initialized(tmp.resolve("data"));
        String code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        pdf = context.documents().importFiles(Actor.SYSTEM, code, "CT01", List.of(TestFiles.jpeg(tmp.resolve("a.jpg"), 200, 200, 1)));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private IntegrityCheck checkAt(Instant now) {
        return new IntegrityCheck(context.database().sessionFactory(), context.documents(), context.audit(), Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void dueUntilARunThenAgainSevenDaysAfterIt() {
        IntegrityCheck check = checkAt(T0);
        assertThat(check.last()).isEmpty();
        assertThat(check.due(T0)).isTrue();

        VerifyReport report = check.runNow(Actor.SYSTEM, IntegrityCheck.MANUAL);

        assertThat(report.intact()).isTrue();
        assertThat(check.due(T0.plus(Duration.ofDays(6)))).isFalse();
        assertThat(check.due(T0.plus(Duration.ofDays(7)).minusSeconds(1))).isFalse();
        assertThat(check.due(T0.plus(Duration.ofDays(7)))).isTrue();
        checkAt(T0.plus(Duration.ofDays(8))).runNow(Actor.SYSTEM, IntegrityCheck.MANUAL);
        assertThat(check.due(T0.plus(Duration.ofDays(9)))).isFalse();
        assertThat(check.last()).get().extracting(CheckRun::startedAt).isEqualTo(T0.plus(Duration.ofDays(8)));
    }

    @Test
    void aRunIsRecordedWithWhatItFoundAndAudited() throws Exception {
        Files.delete(pdf.path());
        VerifyReport report = checkAt(T0).runNow(Actor.SYSTEM, "manual");
        assertThat(report.missing()).containsExactly(pdf.sha256());
        CheckRun run = context.integrity().last().orElseThrow();
        assertThat(run.checked()).isEqualTo(1);
        assertThat(run.missing()).isEqualTo(1);
        assertThat(run.altered()).isZero();
        assertThat(run.intact()).isFalse();
        assertThat(run.trigger()).isEqualTo("manual");
        assertThat(run.runBy()).isEqualTo("system");
        List<AuditEntry> audit = context.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "from AuditEntry a where a.action = 'DOCUMENTS_VERIFY'", AuditEntry.class).getResultList());
        assertThat(audit).hasSize(1);
    }

    @Test
    void aScheduledRunFindsAnAlteredFileAndTellsTheListener() throws Exception {
        Files.write(pdf.path(), new byte[] {'%', 'P', 'D', 'F', '-', '1'});
        CompletableFuture<VerifyReport> found = new CompletableFuture<>();
        try (IntegritySchedule schedule = new IntegritySchedule(context.integrity(), Clock.systemUTC(), Duration.ofMillis(20),
                found::complete)) {
            schedule.start();
            VerifyReport report = found.get(60, TimeUnit.SECONDS);
            assertThat(report.altered()).containsExactly(pdf.sha256());
        }
        CheckRun run = context.integrity().last().orElseThrow();
        assertThat(run.trigger()).isEqualTo(IntegrityCheck.SCHEDULE);
        assertThat(run.altered()).isEqualTo(1);
    }

    @Test
    void aLookWhenNothingIsDueRunsNothing() {
        IntegritySchedule schedule = new IntegritySchedule(checkAt(T0), Clock.fixed(T0, ZoneOffset.UTC), Duration.ofHours(6),
                r -> {
                    throw new AssertionError("no problem to report");
                });
        checkAt(T0.minus(Duration.ofDays(1))).runNow(Actor.SYSTEM, IntegrityCheck.MANUAL);
        assertThat(schedule.tick()).isEmpty();
        Instant weekLater = T0.plus(Duration.ofDays(6));
        IntegritySchedule later = new IntegritySchedule(checkAt(weekLater), Clock.fixed(weekLater, ZoneOffset.UTC),
                Duration.ofHours(6), r -> {
                    throw new AssertionError("the store is intact");
                });
        assertThat(later.tick()).get().extracting(VerifyReport::intact).isEqualTo(true);
        assertThat(context.integrity().last().orElseThrow()).satisfies(r -> {
            assertThat(r.trigger()).isEqualTo(IntegrityCheck.SCHEDULE);
            assertThat(r.startedAt()).isEqualTo(weekLater);
        });
    }
}
