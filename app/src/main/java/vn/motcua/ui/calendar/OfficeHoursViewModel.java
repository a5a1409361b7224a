package vn.motcua.ui.calendar;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.calendar.OfficeHours;

import vn.motcua.office.OfficeService;
import vn.motcua.office.SessionText;
import vn.motcua.security.Actor;
import vn.motcua.ui.Ui;

/** The office hours form: morning, afternoon, optional Saturday reception; saved for the office. */
public final class OfficeHoursViewModel {
    private final StringProperty morning = new SimpleStringProperty("");
    private final StringProperty afternoon = new SimpleStringProperty("");
    private final BooleanProperty saturday = new SimpleBooleanProperty();
    private final StringProperty saturdaySession = new SimpleStringProperty("07:30-11:30");
    private final StringProperty message = new SimpleStringProperty("");
    private final Ui ui;
    private final OfficeService office;
    private final Actor actor;
    private final Runnable onSaved;

    public OfficeHoursViewModel(Ui ui, OfficeService office, Actor actor, Runnable onSaved) {
        this.ui = ui;
        this.office = office;
        this.actor = actor;
        this.onSaved = onSaved;
    }

    public void load() {
        ui.runner().run(office::hours, this::show, e -> ui.fail(e, message::set));
    }

    public void save() {
        message.set("");
        String m = morning.get();
        String a = afternoon.get();
        String s = saturday.get() ? saturdaySession.get() : null;
        ui.runner().run(() -> office.setHours(actor, m, a, s), hours -> {
            show(hours);
            message.set(ui.i18n().t("officeHours.saved"));
            onSaved.run();
        }, e -> ui.fail(e, message::set));
    }

    private void show(OfficeHours hours) {
        morning.set(SessionText.format(hours.sessions().get(0)));
        afternoon.set(SessionText.format(hours.sessions().get(1)));
        saturday.set(hours.saturdayReception().isPresent());
        hours.saturdayReception().ifPresent(r -> saturdaySession.set(SessionText.format(r)));
    }

    public StringProperty morningProperty() {
        return morning;
    }

    public StringProperty afternoonProperty() {
        return afternoon;
    }

    public BooleanProperty saturdayProperty() {
        return saturday;
    }

    public StringProperty saturdaySessionProperty() {
        return saturdaySession;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
