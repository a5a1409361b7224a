package vn.motcua.ui.admin;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.ui.Ui;
import vn.motcua.ui.calendar.CalendarMonthView;
import vn.motcua.ui.calendar.CalendarMonthViewModel;
import vn.motcua.ui.calendar.DueDateView;
import vn.motcua.ui.calendar.DueDateViewModel;
import vn.motcua.office.OfficeService;
import vn.motcua.ui.calendar.OfficeHoursView;
import vn.motcua.ui.calendar.OfficeHoursViewModel;
import vn.motcua.ui.calendar.OverlayEditorView;
import vn.motcua.ui.calendar.OverlayEditorViewModel;
import vn.motcua.workcalendar.CalendarService;

/**
 * Quản trị: the work calendar, the due-date explainer and, for administrators, the yearly overlay
 * editor and the office hours (accounts and catalogue come later).
 */
public final class AdminArea {
    private final TabPane tabs = new TabPane();

    public AdminArea(Ui ui, CalendarService calendarService, OfficeService office, Actor actor, LocalDateTime now) {
        Callable<WorkCalendar> calendar = calendarService::inForce;
        CalendarMonthViewModel monthVm = new CalendarMonthViewModel(ui, calendar, now.toLocalDate());
        Tab month = new Tab(ui.i18n().t("admin.tab.calendar"), new CalendarMonthView(ui.i18n(), monthVm).root());
        month.setId("tab-calendar");
        Tab due = new Tab(ui.i18n().t("admin.tab.due"),
                new DueDateView(ui.i18n(), new DueDateViewModel(ui, calendar, now)).root());
        due.setId("tab-due");
        tabs.getTabs().setAll(month, due);
        if (actor.has(Role.ADMINISTRATOR)) {
            Tab overlay = new Tab(ui.i18n().t("admin.tab.overlay"), new OverlayEditorView(ui.i18n(),
                    new OverlayEditorViewModel(ui, calendarService, actor, now.getYear(), monthVm::refresh)).root());
            overlay.setId("tab-overlay");
            Tab hours = new Tab(ui.i18n().t("admin.tab.hours"), new OfficeHoursView(ui.i18n(),
                    new OfficeHoursViewModel(ui, office, actor, monthVm::refresh)).root());
            hours.setId("tab-hours");
            tabs.getTabs().addAll(overlay, hours);
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(vn.motcua.ui.shell.Area.ADMIN.id() + "-view");
    }

    public Parent root() {
        return tabs;
    }
}
