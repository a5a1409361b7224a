package vn.motcua.ui.admin;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.ui.Ui;
import vn.motcua.ui.calendar.CalendarMonthView;
import vn.motcua.ui.calendar.CalendarMonthViewModel;
import vn.motcua.ui.calendar.DueDateView;
import vn.motcua.ui.calendar.DueDateViewModel;

/** Quản trị: the work calendar and the due-date explainer (accounts and catalogue come later). */
public final class AdminArea {
    private final TabPane tabs = new TabPane();

    public AdminArea(Ui ui, Callable<WorkCalendar> calendar, LocalDateTime now) {
        Tab month = new Tab(ui.i18n().t("admin.tab.calendar"),
                new CalendarMonthView(ui.i18n(), new CalendarMonthViewModel(ui, calendar, now.toLocalDate())).root());
        month.setId("tab-calendar");
        Tab due = new Tab(ui.i18n().t("admin.tab.due"),
                new DueDateView(ui.i18n(), new DueDateViewModel(ui, calendar, now)).root());
        due.setId("tab-due");
        tabs.getTabs().setAll(month, due);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(vn.motcua.ui.shell.Area.ADMIN.id() + "-view");
    }

    public Parent root() {
        return tabs;
    }
}
