package vn.motcua.reports.index766;

import vn.motcua.reports.OnTimeReport;
import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.index766.Index766SharesTest.check;
import static vn.motcua.reports.index766.Index766TimelinessTest.sorted;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Processing;
import vn.motcua.dossier.TransitionRequest;
import vn.motcua.dossier.history.HistoryProgress;
import vn.motcua.security.Actor;
import vn.motcua.sync.SyncRunner;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.testing.TestOffice;

/**
 * Transparency (18 points) against the real sandbox portal over HTTP: a dossier is on the portal
 * once the portal acknowledged it (or it came from there, like the imported history), and its
 * status is current while nothing of it waits in the outbox.
 */
class Index766TransparencyTest {
    @TempDir
    Path dir;

    @Test
    void syncedAndCurrentFollowTheOutbox() throws Exception {
        try (AppContext desk = TestOffice.initialized(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            Actor clerk = Processing.staff(desk)[0];
            desk.sync().settings().configure(Actor.SYSTEM, portal.url().toString(), PortalHarness.CLIENT,
                    PortalHarness.SECRET.toCharArray());
            LocalDate today = WorkCalendar.toLocal(Clock.systemUTC().instant()).toLocalDate();
            String history = importHistory(desk, today.minusDays(1));

            String current = Processing.receive(desk, clerk);
            String movedSince = Processing.receive(desk, clerk);
            String refused = Processing.receive(desk, clerk);
            SyncRunner runner = desk.sync().runner();
            assertThat(runner.runUntilEmpty(Duration.ofSeconds(60)).empty()).isTrue();
            // after the run: one dossier handed over (its new event waits), one refused, one received and not sent
            desk.processing().handOver(clerk, movedSince, new HandOver("lan", null, null, null));
            desk.processing().transition(clerk, refused, DossierStatus.REFUSED, TransitionRequest.note("Không thuộc thẩm quyền"));
            String notSent = Processing.receive(desk, clerk);

            Index766 index = new Index766(IndexConfig.defaults(), new OnTimeTimeliness(new OnTimeReport(Clock.systemUTC())));
            LocalDate from = today.minusDays(1);
            IndexScore score = desk.database().sessionFactory().fromTransaction(s -> index.compute(s, from, today));
            // counted: history, current, movedSince, notSent (refused left out)
            check(score, "portalSynced", 3, 4, 10 * 0.75); // not notSent
            check(score, "statusCurrent", 2, 4, 8 * 0.5); // history and current only
            assertThat(list(desk, index, from, today, "portalSynced")).containsExactlyElementsOf(sorted(history, current, movedSince));
            assertThat(list(desk, index, from, today, "statusCurrent")).containsExactlyElementsOf(sorted(history, current));

            assertThat(runner.runUntilEmpty(Duration.ofSeconds(60)).empty()).isTrue();
            IndexScore after = desk.database().sessionFactory().fromTransaction(s -> index.compute(s, from, today));
            check(after, "portalSynced", 4, 4, 10);
            check(after, "statusCurrent", 4, 4, 8);
        }
    }

    private static java.util.List<String> list(AppContext desk, Index766 index, LocalDate from, LocalDate to, String id) {
        return desk.database().sessionFactory().fromTransaction(s -> index.dossiers(s, from, to, id, Part.NUMERATOR)).codes();
    }

    /** One dossier of {@code day} loaded by the history import: it comes from the portal and writes no outbox entry. */
    private String importHistory(AppContext desk, LocalDate day) throws Exception {
        String code = TestOffice.AGENCY + "-" + day.format(DateTimeFormatter.ofPattern("yyMMdd")) + "-9001";
        String received = day.atTime(9, 0).toString();
        String line = "{\"code\":\"" + code + "\",\"procedure\":\"1.004222\",\"channel\":1,\"receivedAt\":\"" + received + "\","
                + "\"dueAt\":\"" + day.plusDays(10).atTime(17, 0) + "\",\"applicant\":{\"fullName\":\"Trần Thị Bình\","
                + "\"idNumber\":\"036190001234\",\"birthDate\":\"1990-02-03\",\"sex\":\"Nữ\",\"address\":\"Thôn 3, xã Vụ Bản\"},"
                + "\"events\":[{\"status\":4,\"at\":\"" + day.atTime(9, 30) + "\"}]}\n";
        Path file = dir.resolve("history.jsonl");
        Files.writeString(file, line);
        var result = desk.historyImport().importFile(Actor.SYSTEM, file, HistoryProgress.NONE);
        assertThat(result.refusedCount()).as(result.toString()).isZero();
        return code;
    }
}
