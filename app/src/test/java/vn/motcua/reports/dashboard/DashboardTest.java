package vn.motcua.reports.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.dashboard.DashboardOffice.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.reports.Breakdown;
import vn.motcua.reports.CellDossiers;
import vn.motcua.reports.OnTimeFigures;
import vn.motcua.reports.Period;

/** Tiles, trend and dossiers at risk on {@link DashboardOffice}, every number computed by hand. */
class DashboardTest {
    @TempDir
    Path dir;

    @Test
    void tilesCountTheHandPickedDossiers() {
        try (DashboardOffice o = DashboardOffice.autumn(dir)) {
            Tiles t = o.read(s -> o.dashboard().tiles(s, TODAY));
            assertThat(t.month()).isEqualTo(Period.parse("2026-11"));
            // November: carried over R1 + new R2..R8, W1; judged 8 (W1 left out): in time R2 early, R5 R6 R7 R8 open in time
            assertThat(t.monthFigures().received()).isEqualTo(9);
            assertThat(t.monthFigures().judged()).isEqualTo(8);
            assertThat(t.monthFigures().inTime()).isEqualTo(5);
            assertThat(t.monthFigures().onTimeRate()).isEqualTo(0.625);
            // the year adds R0 (late): 5 of 9
            assertThat(t.year()).isEqualTo(Period.of(LocalDate.of(2026, 1, 1), TODAY));
            assertThat(t.yearFigures().judged()).isEqualTo(9);
            assertThat(t.yearFigures().onTimeRate()).isEqualTo(0.5556);
            assertThat(t.overdue()).isEqualTo(2); // R1, R4
            assertThat(t.overdue()).isEqualTo(t.monthFigures().openOverdue());
            assertThat(t.dueThisWeek()).isEqualTo(2); // R8 today, R5 Friday; R6 (Monday) is next week
            assertThat(t.week()).isEqualTo(new WorkingWeek(TODAY, LocalDate.of(2026, 11, 27)));
            assertThat(t.quarterFrom()).isEqualTo(LocalDate.of(2026, 10, 1));
            assertThat(t.quarterTo()).isEqualTo(LocalDate.of(2026, 12, 31));
            double quarter = o.read(s -> o.context.index766().compute(s, t.quarterFrom(), t.quarterTo()).total());
            double tile = o.read(s -> o.dashboard().quarterIndex(s, TODAY));
            assertThat(tile).isEqualTo(quarter).isBetween(0.0, 100.0);
        }
    }

    @Test
    void eachTilesDossiersAreTheOnesItCounts() {
        try (DashboardOffice o = DashboardOffice.autumn(dir)) {
            Tiles t = o.read(s -> o.dashboard().tiles(s, TODAY));
            CellDossiers overdue = o.read(s -> o.dashboard().dossiers(s, Tile.OVERDUE, TODAY, 0, 100));
            assertThat(overdue.codes()).containsExactly(o.code("R1"), o.code("R4")); // soonest due first
            assertThat(overdue.total()).isEqualTo(t.overdue());
            CellDossiers week = o.read(s -> o.dashboard().dossiers(s, Tile.DUE_THIS_WEEK, TODAY, 0, 100));
            assertThat(week.codes()).containsExactly(o.code("R8"), o.code("R5"));
            assertThat(week.total()).isEqualTo(t.dueThisWeek());
            CellDossiers month = o.read(s -> o.dashboard().dossiers(s, Tile.MONTH_RATE, TODAY, 0, 100));
            assertThat(month.total()).isEqualTo(t.monthFigures().judged());
            assertThat(month.codes()).containsExactlyInAnyOrderElementsOf(codes(o, "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8"));
            CellDossiers year = o.read(s -> o.dashboard().dossiers(s, Tile.YEAR_RATE, TODAY, 0, 100));
            assertThat(year.total()).isEqualTo(t.yearFigures().judged());
            assertThat(year.codes()).contains(o.code("R0")).doesNotContain(o.code("W1"));
            CellDossiers second = o.read(s -> o.dashboard().dossiers(s, Tile.OVERDUE, TODAY, 1, 1));
            assertThat(second.codes()).containsExactly(o.code("R4"));
            assertThat(second.total()).isEqualTo(2);
        }
    }

    @Test
    void atRiskListsOverdueThenDueThisWeekSoonestFirst() {
        try (DashboardOffice o = DashboardOffice.autumn(dir)) {
            AtRisk risk = o.read(s -> o.dashboard().atRisk(s, TODAY, 10));
            assertThat(risk.total()).isEqualTo(4);
            assertThat(risk.lines()).extracting(AtRisk.Line::code).containsExactly(codes(o, "R1", "R4", "R8", "R5").toArray(String[]::new));
            assertThat(risk.lines()).extracting(AtRisk.Line::overdue).containsExactly(true, true, false, false);
            assertThat(risk.lines()).extracting(l -> WorkCalendar.toLocal(l.due()).toLocalDate()).containsExactly(
                    LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27));
            AtRisk.Line r4 = risk.lines().get(1);
            assertThat(r4.handler()).isEqualTo("Phạm Ngọc Lan");
            assertThat(r4.applicant()).isNotBlank();
            assertThat(r4.procedure()).isNotBlank();
            AtRisk two = o.read(s -> o.dashboard().atRisk(s, TODAY, 2));
            assertThat(two.lines()).extracting(AtRisk.Line::code).containsExactly(o.code("R1"), o.code("R4"));
            assertThat(two.total()).isEqualTo(4);
            // the click-through's lines: in the order asked, closed ones too, unknown codes left out
            List<AtRisk.Line> lines = o.read(s -> o.dashboard().lines(s, List.of(o.code("R2"), "NO-SUCH", o.code("R1")), TODAY));
            assertThat(lines).extracting(AtRisk.Line::code).containsExactly(o.code("R2"), o.code("R1"));
            assertThat(lines).extracting(AtRisk.Line::overdue).containsExactly(false, true);
        }
    }

    @Test
    void theTrendIsTheOnTimeRateOfEachWeekAndMonth() {
        try (DashboardOffice o = DashboardOffice.autumn(dir)) {
            List<TrendPoint> weeks = o.read(s -> o.dashboard().trend(s, Granularity.WEEK, 4, TODAY));
            assertThat(weeks).extracting(p -> p.period().from()).containsExactly(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 9),
                    LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23));
            assertThat(weeks.get(3).period().to()).isEqualTo(LocalDate.of(2026, 11, 29));
            // 2–8/11: R1 overdue, R2 early · 9–15/11: R1 overdue, R3 open in time (W1 withdrawn) ·
            // 16–22/11: R1 overdue, R3 late, R4 R5 R6 R7 R8 in time · 23–29/11 (today): R1 R4 overdue, R5 R6 R7 R8 in time
            assertThat(weeks).extracting(TrendPoint::inTime).containsExactly(1L, 1L, 5L, 4L);
            assertThat(weeks).extracting(TrendPoint::judged).containsExactly(2L, 2L, 7L, 6L);
            assertThat(weeks).extracting(TrendPoint::onTimeRate).containsExactly(0.5, 0.5, 0.7143, 0.6667);
            List<TrendPoint> months = o.read(s -> o.dashboard().trend(s, Granularity.MONTH, 3, TODAY));
            assertThat(months).extracting(TrendPoint::period).containsExactly(Period.parse("2026-09"), Period.parse("2026-10"),
                    Period.parse("2026-11"));
            // September: nothing judged; October: R0 late, R1 in time; November as the tile
            assertThat(months).extracting(TrendPoint::onTimeRate).containsExactly(null, 0.5, 0.625);
            assertThat(months).extracting(TrendPoint::judged).containsExactly(0L, 2L, 8L);
            OnTimeFigures nov = o.read(s -> o.context.onTimeReport().figures(s, Period.parse("2026-11"), Breakdown.NONE).total());
            assertThat(months.get(2).inTime()).isEqualTo(nov.inTime());
        }
    }

    @Test
    void dueFridayIsThisWeekDueMondayIsNot() {
        try (DashboardOffice o = DashboardOffice.autumn(dir)) {
            // on Friday 27/11 R5 is due today; R8 (26/11) has become overdue; R6 (Monday 30/11) is still next week
            o.clock.set(LocalDateTime.of(2026, 11, 27, 8, 0));
            LocalDate friday = LocalDate.of(2026, 11, 27);
            assertThat(o.read(s -> o.dashboard().dossiers(s, Tile.DUE_THIS_WEEK, friday, 0, 10)).codes()).containsExactly(o.code("R5"));
            assertThat(o.read(s -> o.dashboard().dossiers(s, Tile.OVERDUE, friday, 0, 10)).codes())
                    .containsExactly(codes(o, "R1", "R4", "R8").toArray(String[]::new));
            // on Saturday no working day of the week is left: "this week" is the week ahead, R6 and R7's Tuesday (R7 waits: not counted)
            o.clock.set(LocalDateTime.of(2026, 11, 28, 8, 0));
            LocalDate saturday = LocalDate.of(2026, 11, 28);
            Tiles t = o.read(s -> o.dashboard().tiles(s, saturday));
            assertThat(t.week()).isEqualTo(new WorkingWeek(saturday, LocalDate.of(2026, 12, 4)));
            assertThat(o.read(s -> o.dashboard().dossiers(s, Tile.DUE_THIS_WEEK, saturday, 0, 10)).codes()).containsExactly(o.code("R6"));
            assertThat(t.overdue()).isEqualTo(4); // R1 R4 R8 R5
        }
    }

    @Test
    void aHolidayEndsTheWorkingWeekEarly() {
        try (DashboardOffice o = new DashboardOffice(dir)) {
            // received Monday 20/04/2026: 7 working days skip Monday 27/4 (Hùng Kings, moved off Sunday) and 30/4–1/5
            o.clock.set(LocalDateTime.of(2026, 4, 20, 9, 0));
            String code = o.receive("H", 4, 20);
            AtRisk seen = o.read(s -> o.dashboard().atRisk(s, LocalDate.of(2026, 4, 29), 10));
            assertThat(seen.week()).isEqualTo(new WorkingWeek(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 4, 29)));
            assertThat(seen.total()).isZero(); // due Monday 4/5: the week ends on Wednesday 29/4
            o.clock.set(LocalDateTime.of(2026, 4, 30, 9, 0));
            AtRisk holiday = o.read(s -> o.dashboard().atRisk(s, LocalDate.of(2026, 4, 30), 10));
            assertThat(holiday.week()).isEqualTo(new WorkingWeek(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 8)));
            assertThat(holiday.lines()).extracting(AtRisk.Line::code).containsExactly(code);
            assertThat(WorkCalendar.toLocal(holiday.lines().get(0).due()).toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 4));
        }
    }

    @Test
    void theWorkingWeekFollowsTheOfficeCalendar() {
        WorkCalendar c = WorkCalendar.standard();
        try (DashboardOffice o = new DashboardOffice(dir)) {
            c = o.context.calendar().inForce();
        }
        // a swapped working Saturday (22/8/2026) closes its week
        assertThat(WorkingWeek.from(LocalDate.of(2026, 8, 20), c).last()).isEqualTo(LocalDate.of(2026, 8, 22));
        // the National Day week: Monday 31/8, Tuesday 1/9 and Wednesday 2/9 off; Thursday–Friday work
        assertThat(WorkingWeek.from(LocalDate.of(2026, 8, 31), c)).isEqualTo(new WorkingWeek(LocalDate.of(2026, 8, 31),
                LocalDate.of(2026, 9, 4)));
        // an ordinary week ends on Friday; Sunday looks at the week ahead
        assertThat(WorkingWeek.from(LocalDate.of(2026, 11, 23), c).last()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(WorkingWeek.from(LocalDate.of(2026, 11, 29), c).last()).isEqualTo(LocalDate.of(2026, 12, 4));
        // Tết Bính Ngọ: the whole week 16–20/2 is off, so on Monday 16/2 the week ahead is meant
        assertThat(WorkingWeek.from(LocalDate.of(2026, 2, 16), c).last()).isEqualTo(LocalDate.of(2026, 2, 27));
    }

    private static List<String> codes(DashboardOffice o, String... names) {
        return java.util.Arrays.stream(names).map(o::code).toList();
    }
}
