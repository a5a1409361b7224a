package vn.motcua.reports.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static vn.motcua.reports.index766.Index766SharesTest.check;
import static vn.motcua.reports.index766.Index766TimelinessTest.at;
import static vn.motcua.reports.index766.Index766TimelinessTest.sorted;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The what-if line on Wednesday 18/03/2026 (week 16/03–22/03) for March: the open dossiers due
 * from today to Sunday, finished on time rather than left to slip, are worth the timeliness they
 * keep and the resolved dossiers with an electronic result they add.
 */
class Index766WhatIfTest {
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 18);

    @TempDir
    Path dir;

    @Test
    void theDossiersDueThisWeekAreWorthWhatTheyKeepAndAdd() throws Exception {
        try (IndexOffice office = new IndexOffice(dir, at(2, 26, 8))) {
            String carried = office.receive(IndexOffice.RESIDENCE, at(2, 26, 9));
            String resolved = office.receive(IndexOffice.RESIDENCE, at(3, 2, 9));
            office.ready(carried, at(3, 4, 9));
            office.ready(resolved, at(3, 5, 9));
            office.scanResult(resolved);
            String overdueMonday = office.receive(IndexOffice.RESIDENCE, at(3, 5, 9));
            String dueToday = office.receive(IndexOffice.RESIDENCE, at(3, 9, 9));
            String dueFriday = office.receive(IndexOffice.RESIDENCE, at(3, 11, 9));
            office.scanResult(dueToday); // the signed results are already scanned, not yet handed over
            office.scanResult(dueFriday);
            String dueNextWeek = office.receive(IndexOffice.RESIDENCE, at(3, 16, 9));
            office.clock.set(at(3, 18, 10));
            assertThat(office.dueDay(overdueMonday)).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(office.dueDay(dueToday)).isEqualTo(TODAY);
            assertThat(office.dueDay(dueFriday)).isEqualTo(LocalDate.of(2026, 3, 20));
            assertThat(office.dueDay(dueNextWeek)).isEqualTo(LocalDate.of(2026, 3, 25));

            WhatIf w = office.read(s -> office.index().whatIf(s, FROM, TO, TODAY));
            assertThat(w.monday()).isEqualTo(LocalDate.of(2026, 3, 16));
            assertThat(w.sunday()).isEqualTo(LocalDate.of(2026, 3, 22));
            assertThat(w.dueThisWeek().codes()).containsExactlyElementsOf(sorted(dueToday, dueFriday));
            assertThat(w.dueThisWeek().total()).isEqualTo(2);
            assertThat(w.alreadyOverdue()).isEqualTo(1); // overdueMonday: too late to gain anything

            // today: 6 counted, in time all but overdueMonday; resolved carried and resolved, one with an electronic result
            check(w.now(), Index766.ON_TIME, 5, 6, 20.0 * 5 / 6);
            check(w.now(), "electronicResult", 1, 2, 8 * 0.5);
            assertThat(w.now().total()).isCloseTo(office.compute(FROM, TO).total(), within(1e-9));
            // left to slip, the two turn overdue; finished on time they stay in time and join the resolved, both with results
            check(w.ifLate(), Index766.ON_TIME, 3, 6, 20.0 * 3 / 6);
            check(w.ifLate(), "electronicResult", 1, 2, 4);
            check(w.ifOnTime(), Index766.ON_TIME, 5, 6, 20.0 * 5 / 6);
            check(w.ifOnTime(), "electronicResult", 3, 4, 8 * 0.75);
            assertThat(w.gain()).isCloseTo((20.0 * 5 / 6 - 10) + (6 - 4), within(1e-9));
            // nothing else moves
            for (String id : new String[] {"portalSynced", "statusCurrent", "digitizedComponents", "onlineSubmission"}) {
                assertThat(w.ifOnTime().indicator(id)).isEqualTo(w.now().indicator(id));
            }

            WhatIf february = office.read(s -> office.index().whatIf(s, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28), TODAY));
            assertThat(february.dueThisWeek().total()).isZero();
            assertThat(february.gain()).isZero();
        }
    }
}
