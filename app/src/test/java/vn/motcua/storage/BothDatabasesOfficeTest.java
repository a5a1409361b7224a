package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.AppContext;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStory;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.dossier.history.HistoryGenerator;
import vn.motcua.dossier.history.HistoryImportResult;
import vn.motcua.dossier.history.HistoryProgress;
import vn.motcua.reports.Breakdown;
import vn.motcua.reports.NovemberOffice;
import vn.motcua.reports.OnTimeFigures;
import vn.motcua.reports.OnTimeReport;
import vn.motcua.reports.OnTimeTable;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.TestOffice;

/**
 * The office's everyday work, the same on H2 and on PostgreSQL: intake, processing transitions,
 * the outbox written with the change, the history import and the on-time figures of the November
 * fixture (whose hand-computed figures are those of {@code OnTimeReportTest}).
 */
class BothDatabasesOfficeTest {
    /** Monday 7 December 2026, 09:00: no holiday for weeks either side. */
    static final LocalDateTime MONDAY = LocalDateTime.of(2026, 12, 7, 9, 0);

    @TempDir
    Path dir;
    AppContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private long count(String sql) {
        return context.database().sessionFactory().fromTransaction(s -> ((Number) s.createNativeQuery(sql, Object.class)
                .getSingleResult()).longValue());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void intakeGivesConsecutiveCodesAndWritesTheOutboxWithTheDossier(TestDatabase db) {
        TestClock clock = new TestClock(MONDAY);
        context = TestOffice.initialized(dir, clock, db);
        Actor clerk = Processing.staff(context)[0];
        IntakeResult first = context.intake().receive(clerk, Intakes.accept(context, Intakes.RESIDENCE));
        IntakeResult second = context.intake().receive(clerk, Intakes.accept(context, Intakes.BIRTH));
        assertThat(first.code()).startsWith(TestOffice.AGENCY + "-261207-").endsWith("-0001");
        assertThat(second.code()).endsWith("-0002");
        assertThat(first.status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(count("select count(*) from dossier")).isEqualTo(2);
        assertThat(count("select count(*) from outbox_entry where aggregate_id = '" + first.id() + "'")).isEqualTo(1);
        assertThat(count("select count(*) from dossier_name_key where dossier_id = '" + first.id() + "'")).isEqualTo(3);
        assertThat(context.dossierQuery().story(first.code()).dossier().applicant().fullName()).isEqualTo("Nguyễn Văn An");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void transitionsWriteEventsVerdictsAndOutboxEntries(TestDatabase db) {
        TestClock clock = new TestClock(MONDAY);
        context = TestOffice.initialized(dir, clock, db);
        Actor[] staff = Processing.staff(context);
        String code = Processing.receive(context, staff[0]);
        long outboxBefore = count("select count(*) from outbox_entry");
        context.processing().handOver(staff[0], code, new HandOver("lan", "Văn phòng - Thống kê", 2, "Thẩm định hồ sơ"));
        clock.set(MONDAY.plusDays(3));
        context.processing().handOver(staff[1], code, new HandOver("hung", null, 1, "Trình ký"));
        clock.set(MONDAY.plusDays(3).withHour(16));
        context.processing().resultReady(staff[2], code, "Đã ký");
        clock.set(MONDAY.plusDays(4));
        context.processing().returnResult(staff[0], code, "Nguyễn Văn An", null);

        DossierStory story = context.dossierQuery().story(code);
        assertThat(story.events()).extracting(e -> e.to().code()).containsExactly(2, 4, 4, 9, 10);
        assertThat(story.dossier().status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(story.dossier().verdict()).contains(vn.motcua.calendar.Verdict.EARLY);
        assertThat(story.steps().get(0).verdict()).contains(vn.motcua.calendar.Verdict.LATE);
        assertThat(count("select count(*) from outbox_entry")).isGreaterThanOrEqualTo(outboxBefore + 4);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theHistoryImportWritesEveryGoodLine(TestDatabase db) throws Exception {
        java.time.Instant now = java.time.Instant.parse("2026-03-18T03:00:00Z");
        context = TestOffice.initialized(dir.resolve("data"), java.time.Clock.fixed(now, java.time.ZoneOffset.UTC), db);
        HistoryGenerator.Written file = new HistoryGenerator(20260318L, now).write(dir.resolve("history.jsonl"), 300, 2, 25);
        HistoryImportResult result = context.historyImport().importFile(Actor.SYSTEM, file.file(), HistoryProgress.NONE);
        assertThat(result.imported()).isEqualTo(file.good());
        assertThat(result.refusedCount()).isEqualTo(file.bad().size());
        assertThat(count("select count(*) from dossier")).isEqualTo(file.good());
        assertThat(count("select count(*) from deadline_ledger")).isEqualTo(file.good());
        assertThat(count("select count(*) from outbox_entry")).isZero();
        assertThat(count("select count(*) from (select register_book from dossier group by register_book "
                + "having min(register_line) <> 1 or max(register_line) <> count(*) or count(distinct register_line) <> count(*)) x"))
                .isZero();
        // a second run finds every code already there and writes nothing twice
        HistoryImportResult again = context.historyImport().importFile(Actor.SYSTEM, file.file(), HistoryProgress.NONE);
        assertThat(again.imported()).isZero();
        assertThat(count("select count(*) from dossier")).isEqualTo(file.good());
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void novemberOnTimeFiguresAreTheHandComputedOnes(TestDatabase db) {
        TestClock clock = new TestClock(LocalDateTime.of(2026, 10, 1, 8, 0));
        context = TestOffice.initialized(dir, clock, db);
        NovemberOffice.build(context, clock, LocalDateTime.of(2026, 12, 10, 9, 0));
        OnTimeReport report = new OnTimeReport(clock);
        OnTimeTable t = context.database().sessionFactory().fromTransaction(s -> report.figures(s, NovemberOffice.NOVEMBER, Breakdown.NONE));
        assertThat(t.total()).isEqualTo(new OnTimeFigures(15, 2, 13, 2, 2, 1, 4, 2, 1, 1, 1, 2));
        assertThat(t.total().onTimeRate()).isEqualTo(0.7273);
        OnTimeTable byUnit = context.database().sessionFactory().fromTransaction(s -> report.figures(s, NovemberOffice.NOVEMBER, Breakdown.UNIT));
        assertThat(byUnit.total()).isEqualTo(t.total());
    }
}
