package vn.motcua.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.NovemberOffice.NOVEMBER;
import static vn.motcua.reports.NovemberOffice.OCTOBER;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/** Every rule of the on-time figures on hand-computed dossiers (see {@link NovemberOffice} for the story of each). */
class OnTimeReportTest {
    @TempDir
    Path dir;
    AppContext context;
    TestClock clock;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
    }

    private NovemberOffice office(LocalDateTime now) {
        clock = new TestClock(LocalDateTime.of(2026, 10, 1, 8, 0));
        context = TestOffice.initialized(dir, clock);
        return NovemberOffice.build(context, clock, now);
    }

    private OnTimeTable figures(Period p, Breakdown by) {
        OnTimeReport report = new OnTimeReport(clock);
        return context.database().sessionFactory().fromTransaction(s -> report.figures(s, p, by));
    }

    private CellDossiers behind(Period p, Cell cell, int offset, int limit) {
        OnTimeReport report = new OnTimeReport(clock);
        return context.database().sessionFactory().fromTransaction(s -> report.dossiers(s, p, cell, offset, limit));
    }

    private List<String> codes(NovemberOffice o, String... letters) {
        return java.util.Arrays.stream(letters).map(o::code).sorted().toList();
    }

    @Test
    void novemberCountsEachDossierOnceByEveryRule() {
        office(LocalDateTime.of(2026, 12, 10, 9, 0));
        OnTimeTable t = figures(NOVEMBER, Breakdown.NONE);
        // received 15 = carried over A, B + new D E G H F N Q K I L O J P
        assertThat(t.total()).isEqualTo(new OnTimeFigures(15, 2, 13, 2, 2, 1, 4, 2, 1, 1, 1, 2));
        assertThat(t.total().onTimeRate()).isEqualTo(0.7273); // (2 early + 2 on time + 4 in time) / (5 resolved + 6 open)
        assertThat(t.asOf()).isEqualTo(NOVEMBER.end());
        assertThat(t.judgedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(t.groups()).singleElement().extracting(FigureGroup::figures).isEqualTo(t.total());
    }

    @Test
    void theDossiersBehindEachNumberAreTheHandPickedOnes() {
        NovemberOffice o = office(LocalDateTime.of(2026, 12, 10, 9, 0));
        assertThat(behind(NOVEMBER, Cell.total(Figure.CARRIED_OVER), 0, 500).codes()).isEqualTo(codes(o, "A", "B"));
        assertThat(behind(NOVEMBER, Cell.total(Figure.OPEN_OVERDUE), 0, 500).codes()).isEqualTo(codes(o, "A", "K"));
        assertThat(behind(NOVEMBER, Cell.total(Figure.RESOLVED_ON_TIME), 0, 500).codes()).isEqualTo(codes(o, "E", "F"));
        assertThat(behind(NOVEMBER, Cell.total(Figure.RESOLVED_EARLY), 0, 500).codes()).isEqualTo(codes(o, "D", "L"));
        assertThat(behind(NOVEMBER, Cell.total(Figure.RESOLVED_LATE), 0, 500).codes()).isEqualTo(codes(o, "B"));
        assertThat(behind(NOVEMBER, Cell.total(Figure.WAITING_SUPPLEMENT), 0, 500).codes()).isEqualTo(codes(o, "I"));
        assertThat(behind(NOVEMBER, Cell.total(Figure.OPEN_IN_TIME), 0, 500).codes()).isEqualTo(codes(o, "I", "O", "J", "P"));
        assertThat(behind(NOVEMBER, Cell.total(Figure.REFUSED), 0, 500).codes()).isEqualTo(codes(o, "G", "N"));
        assertThat(behind(NOVEMBER, Cell.total(Figure.WITHDRAWN), 0, 500).codes()).isEqualTo(codes(o, "H"));
        assertThat(behind(NOVEMBER, Cell.total(Figure.STOPPED), 0, 500).codes()).isEqualTo(codes(o, "Q"));
        CellDossiers page = behind(NOVEMBER, new Cell(Breakdown.UNIT, NovemberOffice.POLICE, Figure.RESOLVED), 1, 1);
        assertThat(page.total()).isEqualTo(2);
        assertThat(page.codes()).containsExactly(codes(o, "B", "D").get(1));
        assertThat(behind(NOVEMBER, new Cell(Breakdown.UNIT, null, Figure.RECEIVED_NEW), 0, 500).total()).isEqualTo(11);
        assertThat(behind(NOVEMBER, new Cell(Breakdown.CHANNEL, "1", Figure.RECEIVED), 0, 500).total()).isEqualTo(15);
    }

    @Test
    void aPastPeriodIsJudgedFromTheHistoryNotFromToday() {
        office(LocalDateTime.of(2026, 12, 10, 9, 0));
        // October: C early; B open at 31/10 and due 28/10 (overdue; its status then was 4, from its history);
        // A open, due 04/11 (in time)
        OnTimeTable t = figures(OCTOBER, Breakdown.NONE);
        assertThat(t.total()).isEqualTo(new OnTimeFigures(3, 0, 3, 1, 0, 0, 1, 1, 0, 0, 0, 0));
        assertThat(t.total().onTimeRate()).isEqualTo(0.6667);
    }

    @Test
    void aPeriodNotYetOverStandsAtNowAndJudgesOpenDossiersToday() {
        office(LocalDateTime.of(2026, 11, 20, 12, 0));
        // as of 20/11 12:00: A overdue, B late, D early, E on time, G N refused, H withdrawn, Q stopped,
        // F open (due 20/11 after its extension: the judging day, so in time), K open in time
        OnTimeTable t = figures(NOVEMBER, Breakdown.NONE);
        assertThat(t.judgedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(t.total()).isEqualTo(new OnTimeFigures(10, 2, 8, 1, 1, 1, 2, 1, 0, 1, 1, 2));
        assertThat(t.total().onTimeRate()).isEqualTo(0.6667);
        assertThat(figures(Period.parse("2026-12"), Breakdown.NONE).total()).isEqualTo(OnTimeFigures.ZERO);
    }

    @Test
    void everyBreakdownSplitsTheSameDossiers() {
        office(LocalDateTime.of(2026, 12, 10, 9, 0));
        OnTimeTable units = figures(NOVEMBER, Breakdown.UNIT);
        assertThat(units.groups()).extracting(FigureGroup::key).containsExactly(NovemberOffice.POLICE, NovemberOffice.JUSTICE, null);
        assertThat(units.groups().get(0).figures()).isEqualTo(new OnTimeFigures(2, 1, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0));
        assertThat(units.groups().get(1).figures()).isEqualTo(new OnTimeFigures(1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0));
        assertThat(units.groups().get(2).figures().received()).isEqualTo(12);

        OnTimeTable procedures = figures(NOVEMBER, Breakdown.PROCEDURE);
        assertThat(procedures.groups()).extracting(FigureGroup::key).containsExactly("1.001193", "1.004222");
        assertThat(procedures.groups().get(0).name()).isEqualTo(Intakes_name(context, "1.001193"));
        assertThat(procedures.groups().get(0).figures()).isEqualTo(new OnTimeFigures(1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0));

        OnTimeTable fields = figures(NOVEMBER, Breakdown.FIELD);
        assertThat(fields.groups()).extracting(FigureGroup::key).containsExactly("Cư trú", "Hộ tịch");
        assertThat(fields.groups().get(0).figures().received()).isEqualTo(14);

        OnTimeTable clerks = figures(NOVEMBER, Breakdown.CLERK);
        assertThat(clerks.groups()).extracting(FigureGroup::key).containsExactly(NovemberOffice.MAI, NovemberOffice.THU);
        assertThat(clerks.groups().get(1).figures().received()).isEqualTo(14);

        OnTimeTable channels = figures(NOVEMBER, Breakdown.CHANNEL);
        assertThat(channels.groups()).extracting(FigureGroup::key).containsExactly("1");
        assertThat(channels.groups().get(0).name()).isNull();

        for (OnTimeTable t : List.of(units, procedures, fields, clerks, channels)) {
            assertThat(t.total()).as(t.by().name()).isEqualTo(figures(NOVEMBER, Breakdown.NONE).total());
        }
    }

    private static String Intakes_name(AppContext context, String code) {
        return vn.motcua.dossier.Intakes.procedure(context, code).name();
    }
}
