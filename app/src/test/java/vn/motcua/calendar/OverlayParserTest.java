package vn.motcua.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OverlayParserTest {

    private static final String HEADER = "# test\noverlay 2026 version t1\n";

    private static OverlayFormatException refused(String text) {
        OverlayFormatException e = catchThrowableOfType(OverlayFormatException.class, () -> OverlayParser.parse(text));
        assertThat(e).as("refused: %s", text).isNotNull();
        return e;
    }

    private static OverlayFormatException refusedByCalendar(WorkCalendar calendar, String text) {
        OverlayFormatException e = catchThrowableOfType(OverlayFormatException.class, () -> calendar.importOverlay(text));
        assertThat(e).as("refused: %s", text).isNotNull();
        return e;
    }

    @Test
    void theShippedOverlayParses() {
        CalendarOverlay overlay = OverlayParser.parse(Calendars.overlay2026Text());
        assertThat(overlay.year()).isEqualTo(2026);
        assertThat(overlay.version()).isEqualTo("2026.1");
        assertThat(overlay.tetDays()).containsExactly(LocalDate.of(2026, 2, 16), LocalDate.of(2026, 2, 17),
                LocalDate.of(2026, 2, 18), LocalDate.of(2026, 2, 19), LocalDate.of(2026, 2, 20));
        assertThat(overlay.nationalDayAdjacent()).contains(LocalDate.of(2026, 9, 1));
        assertThat(overlay.entry(LocalDate.of(2026, 1, 10))).get().extracting(OverlayEntry::action).isEqualTo(OverlayAction.WORK);
        assertThat(overlay.entry(LocalDate.of(2026, 8, 22))).get().extracting(OverlayEntry::action).isEqualTo(OverlayAction.WORK);
    }

    @Test
    void badDateWithLineNumber() {
        OverlayFormatException e = refused(HEADER + "\n2026-02-30 off Nghỉ\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).contains("'2026-02-30' is not a valid date");
        assertThat(e).hasMessageStartingWith("Line 4: ");
    }

    @Test
    void duplicateDate() {
        OverlayFormatException e = refused(HEADER + "2026-01-02 off A\n2026-01-02 off B\n");
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.reason()).isEqualTo("duplicate date 2026-01-02 (already on line 3)");
        assertThat(refused(HEADER + "2026-02-16..2026-02-20 tet\n2026-02-17 off Nghỉ\n").line()).isEqualTo(4);
    }

    @Test
    void aSwappedWorkingDayMustBeAWeekendDay() {
        OverlayFormatException e = refused(HEADER + "2026-01-07 work Làm bù\n");
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.reason()).contains("2026-01-07 is a Wednesday, already a working day");
    }

    @Test
    void otherMistakes() {
        assertThat(refused("2026-01-02 off A\n").reason()).startsWith("expected the header");
        assertThat(refused("# only comments\n\n").reason()).startsWith("the overlay is empty");
        assertThat(refused(HEADER + "2026-01-03 off Nghỉ\n").reason()).contains("Saturday, already a weekly rest day");
        assertThat(refused(HEADER + "2026-01-05 holiday Nghỉ\n").reason()).startsWith("unknown action 'holiday'");
        assertThat(refused(HEADER + "2026-01-05 off\n").reason()).startsWith("give the reason");
        assertThat(refused(HEADER + "2027-01-05 off Nghỉ\n").reason()).isEqualTo("2027-01-05 is outside the overlay year 2026");
        assertThat(refused(HEADER + "2026-09-04 national-day\n").reason()).contains("1/9 or 3/9");
        assertThat(refused(HEADER + "2026-02-10..2026-02-25 tet\n").reason()).contains("more than 9 days");
        assertThat(refused(HEADER + "overlay 2027 version x\n").line()).isEqualTo(3);
        assertThat(refused(HEADER + "2026-02-20..2026-02-16 tet\n").reason()).contains("ends before");
    }

    @Test
    void semanticChecksNeedTheRulesAndKeepTheCalendarInForceUnchanged() {
        WorkCalendar inForce = Calendars.with2026();
        String version = inForce.version();
        // the Tết range must contain mùng 1 Tết (17/2/2026)
        OverlayFormatException tet = refusedByCalendar(inForce, "overlay 2026 version t2\n\n2026-02-09..2026-02-13 tet\n");
        assertThat(tet.line()).isEqualTo(3);
        assertThat(tet.reason()).contains("do not include mùng 1 Tết 2026 (2026-02-17)");
        // 30/4/2028 is a Sunday: it cannot be a swapped working day
        OverlayFormatException work = refusedByCalendar(inForce, "overlay 2028 version t\n2028-04-30 work Làm bù\n");
        assertThat(work.line()).isEqualTo(2);
        assertThat(work.reason()).contains("is a public holiday");
        assertThat(inForce.version()).isEqualTo(version);
        assertThat(inForce.overlay(2028)).isEmpty();
        assertThat(inForce.isWorkingDay(LocalDate.of(2026, 2, 10))).isTrue();
    }

    @Test
    void aNewOverlayReplacesTheYearAndChangesTheVersion() {
        WorkCalendar inForce = Calendars.with2026();
        WorkCalendar next = inForce.importOverlay("overlay 2026 version 2026.2\n2026-12-31 off Nghỉ thử\n");
        assertThat(next.version()).endsWith("overlay 2026@2026.2");
        assertThat(next.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(next.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue(); // the old overlay no longer applies
        assertThat(inForce.isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
    }

    @Test
    void overlaysBuiltInCodeAreCheckedToo() {
        CalendarOverlay stray = new CalendarOverlay(2026, "code", java.util.List.of(
                new OverlayEntry(7, LocalDate.of(2027, 1, 4), OverlayAction.OFF, "Nghỉ")));
        OverlayFormatException e = catchThrowableOfType(OverlayFormatException.class, () -> Calendars.with2026().withOverlay(stray));
        assertThat(e.line()).isEqualTo(7);
        assertThat(e.reason()).isEqualTo("2027-01-04 is outside the overlay year 2026");
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsAreAccepted() {
        CalendarOverlay overlay = OverlayParser.parse("\uFEFFoverlay 2026 version w\r\n2026-01-02 off Nghỉ\r\n");
        assertThat(overlay.entries()).hasSize(1);
    }
}
