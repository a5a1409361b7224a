package vn.motcua.ui.admin;

import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.security.Actor;
import vn.motcua.security.Permission;
import vn.motcua.ui.Ui;
import vn.motcua.ui.calendar.CalendarMonthView;
import vn.motcua.ui.calendar.CalendarMonthViewModel;
import vn.motcua.ui.calendar.DueDateView;
import vn.motcua.ui.calendar.DueDateViewModel;
import vn.motcua.ui.calendar.OfficeHoursView;
import vn.motcua.ui.calendar.OfficeHoursViewModel;
import vn.motcua.ui.calendar.OverlayEditorView;
import vn.motcua.ui.calendar.OverlayEditorViewModel;
import vn.motcua.workcalendar.CalendarService;

/**
 * Quản trị: the work calendar and the due-date explainer for everyone; for administrators the
 * yearly overlay, the office hours, the procedure catalogue, the office settings and the
 * accounts; the bank statement import for clerks (who collect the fees); the audit trail
 * (Nhật ký) for the chair and the administrator.
 */
public final class AdminArea {
    private final TabPane tabs = new TabPane();

    public AdminArea(Ui ui, AppContext context, Actor actor, LocalDateTime now) {
        CalendarService calendarService = context.calendar();
        Callable<WorkCalendar> calendar = calendarService::inForce;
        CalendarMonthViewModel monthVm = new CalendarMonthViewModel(ui, calendar, now.toLocalDate());
        Tab month = tab(ui, "admin.tab.calendar", "tab-calendar", new CalendarMonthView(ui.i18n(), monthVm).root());
        Tab due = tab(ui, "admin.tab.due", "tab-due", new DueDateView(ui.i18n(), new DueDateViewModel(ui, calendar, now)).root());
        tabs.getTabs().setAll(month, due);
        // each tab shows only for the roles whose permission its service checks (Permissions is the one table)
        if (actor.may(Permission.MANAGE_CALENDAR)) {
            tabs.getTabs().add(tab(ui, "admin.tab.overlay", "tab-overlay", new OverlayEditorView(ui.i18n(),
                    new OverlayEditorViewModel(ui, calendarService, actor, now.getYear(), monthVm::refresh)).root()));
        }
        if (actor.may(Permission.CONFIGURE_OFFICE)) {
            tabs.getTabs().add(tab(ui, "admin.tab.hours", "tab-hours", new OfficeHoursView(ui.i18n(),
                    new OfficeHoursViewModel(ui, context.office(), actor, monthVm::refresh)).root()));
        }
        if (actor.may(Permission.MANAGE_CATALOG)) {
            tabs.getTabs().add(tab(ui, "admin.tab.catalog", "tab-catalog",
                    new CatalogView(ui.i18n(), new CatalogViewModel(ui, context.catalog(), actor)).root()));
        }
        if (actor.may(Permission.CONFIGURE_OFFICE)) {
            tabs.getTabs().add(tab(ui, "admin.tab.office", "tab-office",
                    new OfficeSettingsView(ui.i18n(), new OfficeSettingsViewModel(ui, context.office(), actor)).root()));
        }
        if (actor.may(Permission.MANAGE_USERS)) {
            tabs.getTabs().add(tab(ui, "ui.admin.users.tab", "tab-users",
                    new UsersView(ui.i18n(), new UsersViewModel(ui, context.users(), actor, java.time.Clock.systemUTC())).root()));
        }
        if (actor.may(Permission.COLLECT_FEES)) {
            tabs.getTabs().add(tab(ui, "admin.tab.statement", "tab-statement",
                    new StatementView(ui.i18n(), new StatementViewModel(ui, context.fees(), actor)).root()));
        }
        if (actor.may(Permission.CONFIGURE_OFFICE) && "h2".equals(context.database().vendor())) {
            var dir = context.dataDirectory();
            var kept = context.officeKey().map(k -> new vn.motcua.backup.KeptPassphrase(dir, k)).orElse(null);
            tabs.getTabs().add(tab(ui, "backup.ui.tab", "tab-backup", new BackupView(ui.i18n(), new BackupViewModel(ui,
                    context.backups(), vn.motcua.backup.BackupSettings.fileOf(dir), kept, actor)).root()));
        }
        if (actor.may(Permission.VIEW_AUDIT)) {
            tabs.getTabs().add(tab(ui, "audit.ui.tab", "tab-audit",
                    new AuditView(ui.i18n(), new AuditViewModel(ui, context.auditQuery(), actor)).root()));
        }
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(vn.motcua.ui.shell.Area.ADMIN.id() + "-view");
    }

    private static Tab tab(Ui ui, String key, String id, Parent content) {
        Tab t = new Tab(ui.i18n().t(key), content);
        t.setId(id);
        return t;
    }

    public Parent root() {
        return tabs;
    }
}
