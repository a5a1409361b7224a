package vn.motcua.ui.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.calendar.DayInfo;
import vn.motcua.calendar.LunarDate;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.ui.Ui;

/**
 * A month of the work calendar in force: 6 weeks of days from Monday, each with its kind,
 * reason and lunar date, plus the month's days that differ from the weekly pattern.
 */
public final class CalendarMonthViewModel {
    private final ObjectProperty<YearMonth> month;
    private final ObservableList<MonthDay> days = FXCollections.observableArrayList();
    private final ObservableList<DayInfo> exceptions = FXCollections.observableArrayList();
    private final StringProperty yearNote = new SimpleStringProperty("");
    private final StringProperty version = new SimpleStringProperty("");
    private final Ui ui;
    private final Callable<WorkCalendar> calendar;
    private final LocalDate today;

    /** @param calendar the calendar in force; called on the background pool */
    public CalendarMonthViewModel(Ui ui, Callable<WorkCalendar> calendar, LocalDate today) {
        this.ui = ui;
        this.calendar = calendar;
        this.today = today;
        this.month = new SimpleObjectProperty<>(YearMonth.from(today));
        month.addListener((o, was, now) -> refresh());
    }

    public void refresh() {
        YearMonth shown = month.get();
        ui.runner().run(() -> compute(calendar.call(), shown), page -> {
            if (shown.equals(month.get())) { // a later month may have been asked for meanwhile
                days.setAll(page.days());
                exceptions.setAll(page.exceptions());
                yearNote.set(page.note());
                version.set(page.version());
            }
        }, e -> ui.fail(e, yearNote::set));
    }

    private record Page(List<MonthDay> days, List<DayInfo> exceptions, String note, String version) {
    }

    private Page compute(WorkCalendar cal, YearMonth shown) {
        LocalDate first = shown.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<MonthDay> cells = new ArrayList<>(42);
        for (int i = 0; i < 42; i++) {
            LocalDate d = first.plusDays(i);
            DayInfo info = cal.day(d);
            LunarDate l = cal.lunar().toLunar(d);
            String lunar = l.day() + "/" + l.month() + (l.leap() ? "N" : "");
            cells.add(new MonthDay(d, YearMonth.from(d).equals(shown), d.equals(today), info.kind(), info.reason(), lunar));
        }
        List<DayInfo> differing = cal.exceptions(shown.getYear()).stream()
                .filter(i -> YearMonth.from(i.date()).equals(shown)).toList();
        return new Page(cells, differing, cal.yearNote(shown.getYear()), cal.version());
    }

    public void previous() {
        month.set(month.get().minusMonths(1));
    }

    public void next() {
        month.set(month.get().plusMonths(1));
    }

    public void thisMonth() {
        month.set(YearMonth.from(today));
    }

    public ObjectProperty<YearMonth> monthProperty() {
        return month;
    }

    public ObservableList<MonthDay> days() {
        return days;
    }

    public ObservableList<DayInfo> exceptions() {
        return exceptions;
    }

    public StringProperty yearNoteProperty() {
        return yearNote;
    }

    public StringProperty versionProperty() {
        return version;
    }
}
