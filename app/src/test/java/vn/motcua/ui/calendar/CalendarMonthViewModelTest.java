package vn.motcua.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Language;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

class CalendarMonthViewModelTest {
    private final I18n i18n = new I18n(Language.VI);
    private final Ui ui = new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter());

    @Test
    void february2026ShowsTetWithLunarDatesFromMonday() {
        CalendarMonthViewModel vm = new CalendarMonthViewModel(ui, WorkCalendar::standard, LocalDate.of(2026, 2, 10));
        vm.refresh();
        assertThat(vm.days()).hasSize(42);
        assertThat(vm.days().get(0).date()).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(vm.days().get(0).date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        MonthDay tet = vm.days().stream().filter(d -> d.date().equals(LocalDate.of(2026, 2, 17))).findFirst().orElseThrow();
        assertThat(tet.kind()).isEqualTo(DayKind.PUBLIC_HOLIDAY);
        assertThat(tet.lunar()).isEqualTo("1/1");
        assertThat(tet.styleClass()).isEqualTo("day-public-holiday");
        assertThat(vm.days()).filteredOn(MonthDay::today).singleElement()
                .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2026, 2, 10)));
        assertThat(vm.exceptions()).extracting(i -> i.date().getDayOfMonth()).containsSubsequence(16, 17, 18, 19, 20);
    }

    @Test
    void movingMonthsRecomputesAndNamesYearsWithoutAnOverlay() {
        CalendarMonthViewModel vm = new CalendarMonthViewModel(ui, WorkCalendar::standard, LocalDate.of(2031, 4, 1));
        vm.refresh();
        assertThat(vm.yearNoteProperty().get()).contains("2031");
        vm.next();
        assertThat(vm.monthProperty().get()).isEqualTo(YearMonth.of(2031, 5));
        assertThat(vm.exceptions()).extracting(i -> i.date()).contains(LocalDate.of(2031, 5, 1));
        vm.previous();
        vm.previous();
        assertThat(vm.days()).anySatisfy(d -> assertThat(d.inMonth() && d.date().getMonthValue() == 3).isTrue());
    }
}
