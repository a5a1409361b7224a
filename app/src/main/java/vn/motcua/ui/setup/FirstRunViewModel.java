package vn.motcua.ui.setup;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import vn.motcua.AppContext;
import vn.motcua.office.OfficeSetup;
import vn.motcua.ui.Ui;

/** First run, in two steps: the office (step 1), then its administrator (step 2). */
public final class FirstRunViewModel {
    public static final int OFFICE_STEP = 1;
    public static final int ADMIN_STEP = 2;

    private final StringProperty agencyCode = new SimpleStringProperty("");
    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty lookupUrl = new SimpleStringProperty("");
    private final StringProperty adminUsername = new SimpleStringProperty("");
    private final StringProperty adminFullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty step = new SimpleIntegerProperty(OFFICE_STEP);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Ui ui;
    private final ObservableValue<AppContext> services;
    private final Consumer<String> onDone;

    /** @param onDone receives the administrator's user name once the office exists */
    public FirstRunViewModel(Ui ui, ObservableValue<AppContext> services, Consumer<String> onDone) {
        this.ui = ui;
        this.services = services;
        this.onDone = onDone;
    }

    /** Step 1 → 2, after the checks that need no database. */
    public void next() {
        message.set("");
        if (agencyCode.get().isBlank()) {
            message.set(ui.i18n().t("setup.agencyCodeRequired"));
        } else if (officeName.get().isBlank()) {
            message.set(ui.i18n().t("office.nameRequired"));
        } else {
            step.set(ADMIN_STEP);
        }
    }

    public void back() {
        message.set("");
        step.set(OFFICE_STEP);
    }

    /** Creates the office and the administrator; the service re-checks everything. */
    public void finish() {
        message.set("");
        if (!password.get().equals(passwordAgain.get())) {
            message.set(ui.i18n().t("setup.passwordsDiffer"));
            return;
        }
        AppContext context = services.getValue();
        if (context == null) {
            message.set(ui.i18n().t("login.starting"));
            return;
        }
        busy.set(true);
        OfficeSetup setup = new OfficeSetup(agencyCode.get(), officeName.get(), province.get(), lookupUrl.get(),
                adminUsername.get(), adminFullName.get(), password.get().toCharArray());
        ui.runner().run(() -> context.office().initialize(setup), created -> {
            busy.set(false);
            password.set("");
            passwordAgain.set("");
            onDone.accept(adminUsername.get().strip().toLowerCase(java.util.Locale.ROOT));
        }, error -> {
            busy.set(false);
            ui.fail(error, message::set);
        });
    }

    public StringProperty agencyCodeProperty() {
        return agencyCode;
    }

    public StringProperty officeNameProperty() {
        return officeName;
    }

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty lookupUrlProperty() {
        return lookupUrl;
    }

    public StringProperty adminUsernameProperty() {
        return adminUsername;
    }

    public StringProperty adminFullNameProperty() {
        return adminFullName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public IntegerProperty stepProperty() {
        return step;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
