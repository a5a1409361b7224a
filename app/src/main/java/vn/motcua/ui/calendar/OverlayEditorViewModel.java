package vn.motcua.ui.calendar;

import java.time.format.DateTimeFormatter;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.security.Actor;
import vn.motcua.ui.Ui;
import vn.motcua.workcalendar.CalendarService;
import vn.motcua.workcalendar.DayChange;
import vn.motcua.workcalendar.OverlayImport;
import vn.motcua.workcalendar.OverlaySource;

/**
 * Editing a year's announced overlay (lịch nghỉ công bố): load the text in force, check it
 * (what days change), then apply it as a new version after a confirmation. A refused text
 * names its line and leaves the calendar in force as it was.
 */
public final class OverlayEditorViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private final IntegerProperty year = new SimpleIntegerProperty();
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<String> changes = FXCollections.observableArrayList();
    private final Ui ui;
    private final CalendarService calendar;
    private final Actor actor;
    private final Runnable onApplied;

    public OverlayEditorViewModel(Ui ui, CalendarService calendar, Actor actor, int initialYear, Runnable onApplied) {
        this.ui = ui;
        this.calendar = calendar;
        this.actor = actor;
        this.onApplied = onApplied;
        year.set(initialYear);
    }

    /** Loads the year's text in force, or a header to start from when none was announced. */
    public void load() {
        int y = year.get();
        message.set("");
        changes.clear();
        ui.runner().run(() -> calendar.versions().stream()
                .filter(v -> v.year() == y && calendar.isInForce(v)).map(OverlaySource::text).findFirst()
                .orElse("overlay " + y + " version " + y + ".1\n"), text::set, e -> ui.fail(e, message::set));
    }

    /** Shows what the text would change, storing nothing. */
    public void check() {
        run(true);
    }

    /** Applies the text as a new version, after the administrator confirms. */
    public void apply() {
        if (ui.dialogs().confirm(ui.i18n().t("overlayEditor.confirm.header"),
                ui.i18n().t("overlayEditor.confirm.body", String.valueOf(year.get())), ui.i18n().t("overlayEditor.apply"))) {
            run(false);
        }
    }

    private void run(boolean dryRun) {
        busy.set(true);
        message.set("");
        String current = text.get();
        ui.runner().run(() -> calendar.importOverlay(actor, current, dryRun), result -> {
            busy.set(false);
            show(result, dryRun);
            if (!dryRun && !result.unchanged()) {
                onApplied.run();
            }
        }, error -> {
            busy.set(false);
            changes.clear();
            ui.fail(error, message::set);
        });
    }

    private void show(OverlayImport result, boolean dryRun) {
        changes.setAll(result.changes().stream().map(this::describe).toList());
        String key = result.unchanged() ? "overlayEditor.unchanged" : dryRun ? "overlayEditor.checked" : "overlayEditor.applied";
        // the year as text: MessageFormat would print 2027 as "2.027"
        message.set(ui.i18n().t(key, String.valueOf(result.year()), result.version(), result.changes().size()));
    }

    private String describe(DayChange c) {
        String state = ui.i18n().t(c.after().working() ? "calendarView.working" : "calendarView.off");
        return c.date().format(DATE) + " — " + state + " — " + c.after().reason()
                + (c.before() != null && c.before().reason() != null ? "  (" + c.before().reason() + ")" : "");
    }

    public IntegerProperty yearProperty() {
        return year;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObservableList<String> changes() {
        return changes;
    }
}
