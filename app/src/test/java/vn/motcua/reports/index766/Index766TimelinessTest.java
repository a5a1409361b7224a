package vn.motcua.reports.index766;

import vn.motcua.reports.OnTimeReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.DossierStatus;

/**
 * Timeliness (20 points): (open in time + resolved early or on time) ÷ dossiers received in
 * March 2026, carried over included, worked out by hand from residence registrations (7 working
 * days; March 2026 has no holiday). Judged on 31/03 because the report runs in April.
 */
class Index766TimelinessTest {
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @TempDir
    Path dir;

    @Test
    void carriedOverAndNewDossiersAreJudgedByTheDateRuleAndRefusedOrWithdrawnAreLeftOut() {
        try (IndexOffice office = new IndexOffice(dir, LocalDateTime.of(2026, 2, 9, 8, 0))) {
            String finishedBefore = office.receive(IndexOffice.RESIDENCE, at(2, 9, 9));
            office.ready(finishedBefore, at(2, 11, 9));
            String carriedOverdue = office.receive(IndexOffice.RESIDENCE, at(2, 24, 9));
            String carriedEarly = office.receive(IndexOffice.RESIDENCE, at(2, 25, 9));
            office.ready(carriedEarly, at(3, 3, 9));
            String early = office.receive(IndexOffice.RESIDENCE, at(3, 2, 9));
            String onTime = office.receive(IndexOffice.RESIDENCE, at(3, 2, 10));
            String late = office.receive(IndexOffice.RESIDENCE, at(3, 3, 9));
            office.ready(early, at(3, 5, 9));
            String supplement = office.receive(IndexOffice.RESIDENCE, at(3, 10, 9));
            office.ready(onTime, at(3, 11, 16));
            office.supplement(supplement, at(3, 11, 10));
            String openOverdue = office.receive(IndexOffice.RESIDENCE, at(3, 16, 9));
            String refused = office.receive(IndexOffice.RESIDENCE, at(3, 17, 9));
            office.close(refused, DossierStatus.REFUSED, at(3, 17, 10));
            String withdrawn = office.receive(IndexOffice.RESIDENCE, at(3, 18, 9));
            office.close(withdrawn, DossierStatus.WITHDRAWN, at(3, 19, 9));
            office.ready(late, at(3, 20, 9));
            String openDueLastDay = office.receive(IndexOffice.RESIDENCE, at(3, 20, 9));
            String finishedAfter = office.receive(IndexOffice.RESIDENCE, at(3, 23, 9));
            String after = office.receive(IndexOffice.RESIDENCE, at(4, 1, 9));
            office.ready(finishedAfter, at(4, 2, 9));
            office.clock.set(at(4, 10, 8));

            // the fixture's due days, counted by hand: the 7th working day after the day of receipt
            assertThat(office.dueDay(carriedOverdue)).isEqualTo(LocalDate.of(2026, 3, 5));
            assertThat(office.dueDay(early)).isEqualTo(LocalDate.of(2026, 3, 11));
            assertThat(office.dueDay(onTime)).isEqualTo(LocalDate.of(2026, 3, 11));
            assertThat(office.dueDay(late)).isEqualTo(LocalDate.of(2026, 3, 12));
            assertThat(office.dueDay(openOverdue)).isEqualTo(LocalDate.of(2026, 3, 25));
            assertThat(office.dueDay(openDueLastDay)).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(office.dueDay(finishedAfter)).isEqualTo(LocalDate.of(2026, 4, 1));

            IndexScore score = office.compute(FROM, TO);
            IndexScore.IndicatorScore t = score.indicator(Index766.ON_TIME);
            // counted: 2 carried over + 7 received in March that were neither refused nor withdrawn
            assertThat(t.denominator()).isEqualTo(9);
            // in time: carriedEarly, early, onTime, supplement (paused), openDueLastDay (due on the judging day),
            // finishedAfter (open on 31/03, due 01/04); not: carriedOverdue, late, openOverdue
            assertThat(t.numerator()).isEqualTo(6);
            assertThat(t.points()).isCloseTo(20.0 * 6 / 9, within(1e-9));
            assertThat(score.group("timeliness").points()).isCloseTo(20.0 * 6 / 9, within(1e-9));

            assertThat(office.list(FROM, TO, Index766.ON_TIME, Part.NUMERATOR).codes())
                    .containsExactlyElementsOf(sorted(carriedEarly, early, onTime, supplement, openDueLastDay, finishedAfter));
            DossierList counted = office.list(FROM, TO, Index766.ON_TIME, Part.DENOMINATOR);
            assertThat(counted.codes()).containsExactlyElementsOf(sorted(carriedOverdue, carriedEarly, early, onTime, late,
                    supplement, openOverdue, openDueLastDay, finishedAfter));
            assertThat(counted.total()).isEqualTo(9);
            assertThat(counted.codes()).doesNotContain(finishedBefore, refused, withdrawn, after);

            // the shares over dossiers received in March leave the carried-over and the refused/withdrawn out
            assertThat(score.indicator("onlineSubmission").denominator()).isEqualTo(7);
        }
    }

    @Test
    void aPeriodWithNothingToCountScoresByTheZeroDenominatorRule() throws Exception {
        try (IndexOffice office = new IndexOffice(dir, LocalDateTime.of(2026, 3, 2, 8, 0))) {
            office.receive(IndexOffice.RESIDENCE, at(3, 2, 9));
            LocalDate jan1 = LocalDate.of(2026, 1, 1);
            LocalDate jan31 = LocalDate.of(2026, 1, 31);
            IndexScore full = office.compute(jan1, jan31);
            assertThat(full.groups()).allSatisfy(g -> g.indicators().forEach(i -> {
                assertThat(i.denominator()).isZero();
                assertThat(i.ratio()).isNull();
                assertThat(i.points()).isEqualTo(i.weight());
            }));
            assertThat(full.total()).isCloseTo(100, within(1e-9));

            Files.writeString(dir.resolve(IndexConfig.FILE_NAME), "{\"zeroDenominator\": \"ZERO\"}");
            Index766 strict = new Index766(IndexConfig.load(dir), new OnTimeTimeliness(new OnTimeReport(office.clock)));
            IndexScore zero = office.read(s -> strict.compute(s, jan1, jan31));
            assertThat(zero.total()).isZero();
            assertThat(office.list(jan1, jan31, "onlineSubmission", Part.DENOMINATOR).total()).isZero();
        }
    }

    static LocalDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }

    static List<String> sorted(String... codes) {
        return List.of(codes).stream().sorted().toList();
    }
}
