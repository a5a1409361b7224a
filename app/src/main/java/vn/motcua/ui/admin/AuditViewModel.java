package vn.motcua.ui.admin;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditActions;
import vn.motcua.security.AuditFilter;
import vn.motcua.security.AuditLine;
import vn.motcua.security.AuditPage;
import vn.motcua.security.AuditQuery;
import vn.motcua.ui.Ui;

/**
 * Nhật ký: the chair or the administrator filters the audit trail by days, user and action,
 * pages through it (newest first, {@link #PAGE} at a time, paged by the database) and exports
 * the filter to CSV. Every read runs on the background runner; the service checks
 * {@code VIEW_AUDIT} and audits the export.
 */
public final class AuditViewModel {
    /** Entries per page on the screen. */
    public static final int PAGE = 100;

    /** An action the filter can choose: its code ({@code null} for every action) and its name. */
    public record ActionChoice(String code, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<ActionChoice> actions = FXCollections.observableArrayList();
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty to = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final ObjectProperty<ActionChoice> action = new SimpleObjectProperty<>();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty hasPrevious = new SimpleBooleanProperty();
    private final BooleanProperty hasNext = new SimpleBooleanProperty();
    private final BooleanProperty done = new SimpleBooleanProperty();
    private final Ui ui;
    private final AuditQuery audit;
    private final Actor actor;
    private AuditFilter shown = AuditFilter.ALL;
    private int offset;

    public AuditViewModel(Ui ui, AuditQuery audit, Actor actor) {
        this.ui = ui;
        this.audit = audit;
        this.actor = actor;
        ActionChoice all = new ActionChoice(null, ui.i18n().t("audit.ui.allActions"));
        actions.add(all);
        action.set(all);
    }

    /** Reads the action choices and the first page of the whole trail (in the background). */
    public void load() {
        ui.runner().run(() -> audit.actions(actor), codes -> {
            ActionChoice chosen = action.get();
            actions.setAll(actions.get(0));
            codes.forEach(c -> actions.add(new ActionChoice(c, actionName(ui, c))));
            action.set(actions.stream().filter(a -> a.equals(chosen)).findFirst().orElse(actions.get(0)));
        }, this::fail);
        search();
    }

    /** Runs the typed filter from its first page (Enter in any filter field). */
    public void search() {
        AuditFilter filter;
        try {
            filter = new AuditFilter(date(from.get(), "audit.ui.from"), date(to.get(), "audit.ui.to"), user.get(),
                    action.get() == null ? null : action.get().code(), null);
        } catch (UserFacingException e) {
            fail(e);
            return;
        }
        read(filter, 0);
    }

    public void nextPage() {
        read(shown, offset + PAGE);
    }

    public void previousPage() {
        read(shown, Math.max(0, offset - PAGE));
    }

    /** Writes the entries of the filter shown to {@code target} (CSV); the service records the export. */
    public void export(Path target) {
        AuditFilter filter = shown;
        message.set("");
        ui.runner().run(() -> audit.export(actor, filter, target), n -> {
            done.set(true);
            message.set(ui.i18n().t("audit.exported", n, target.toString()));
        }, this::fail);
    }

    private void read(AuditFilter filter, int at) {
        message.set("");
        ui.runner().run(() -> audit.page(actor, filter, at, PAGE), page -> show(filter, page), this::fail);
    }

    private void show(AuditFilter filter, AuditPage page) {
        shown = filter;
        offset = page.offset();
        rows.setAll(page.lines().stream().map(this::row).toList());
        hasPrevious.set(offset > 0);
        hasNext.set(page.hasMore());
        pageText.set(page.lines().isEmpty() ? ui.i18n().t("audit.ui.pageEmpty")
                : ui.i18n().t("audit.ui.page", offset + 1, offset + page.lines().size(), page.total()));
    }

    private AuditRow row(AuditLine l) {
        return new AuditRow(AdminText.instant(l.at()), AdminText.orEmpty(l.user()), actionName(ui, l.action()),
                AdminText.orEmpty(l.subjectLabel()), AdminText.orEmpty(l.detail()));
    }

    /** The action in words ("Xem hồ sơ"); its code when the product has no name for it. */
    static String actionName(Ui ui, String code) {
        String key = AuditActions.messageKey(code);
        return key == null ? code : ui.i18n().t(key);
    }

    private static LocalDate date(String typed, String fieldKey) {
        String t = AdminText.blankToNull(typed);
        if (t == null) {
            return null;
        }
        try {
            return LocalDate.parse(t, AdminText.DAY);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "audit.ui.badDate", new vn.motcua.common.MessageKey(fieldKey), t);
        }
    }

    private void fail(Throwable e) {
        done.set(false);
        ui.fail(e, message::set);
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    public ObservableList<ActionChoice> actions() {
        return actions;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty userProperty() {
        return user;
    }

    public ObjectProperty<ActionChoice> actionProperty() {
        return action;
    }

    public StringProperty pageTextProperty() {
        return pageText;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty hasPreviousProperty() {
        return hasPrevious;
    }

    public BooleanProperty hasNextProperty() {
        return hasNext;
    }

    /** True after an export went through, false after a refusal (the message's colour follows it). */
    public BooleanProperty doneProperty() {
        return done;
    }
}
