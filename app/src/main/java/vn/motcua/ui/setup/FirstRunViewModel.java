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
import vn.motcua.storage.ServerConnection;
import vn.motcua.ui.Ui;

/**
 * First run, in two steps: the office (step 1), then its administrator (step 2). A desk of an
 * office that keeps its data on a PostgreSQL server goes to the server step first: once
 * connected it joins the office there, or creates it there when the server has none yet.
 */
public final class FirstRunViewModel {
    public static final int SERVER_STEP = 0;
    public static final int OFFICE_STEP = 1;
    public static final int ADMIN_STEP = 2;
    private static final java.util.regex.Pattern DATABASE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9_.-]+");

    /** Moves the desk onto the office's server; answers whether the office already exists there. */
    public interface ServerChoice {
        void connect(ServerConnection connection, Consumer<Boolean> connected, Consumer<Throwable> failed);
    }

    private final StringProperty agencyCode = new SimpleStringProperty("");
    private final StringProperty officeName = new SimpleStringProperty("");
    private final StringProperty province = new SimpleStringProperty("");
    private final StringProperty lookupUrl = new SimpleStringProperty("");
    private final StringProperty adminUsername = new SimpleStringProperty("");
    private final StringProperty adminFullName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final StringProperty serverHost = new SimpleStringProperty("");
    private final StringProperty serverPort = new SimpleStringProperty("5432");
    private final StringProperty serverDatabase = new SimpleStringProperty("motcua");
    private final StringProperty serverUser = new SimpleStringProperty("");
    private final StringProperty serverPassword = new SimpleStringProperty("");
    /** Set once the desk is on the server: where the office is being created. */
    private final StringProperty connectedTo = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final IntegerProperty step = new SimpleIntegerProperty(OFFICE_STEP);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final Ui ui;
    private final ObservableValue<AppContext> services;
    private final Consumer<String> onDone;
    private final ServerChoice serverChoice;

    /**
     * @param onDone receives the administrator's user name once the office exists
     * @param serverChoice moves the desk onto a PostgreSQL server (the shell reopens its services there)
     */
    public FirstRunViewModel(Ui ui, ObservableValue<AppContext> services, Consumer<String> onDone, ServerChoice serverChoice) {
        this.ui = ui;
        this.services = services;
        this.onDone = onDone;
        this.serverChoice = serverChoice;
    }

    /** From the office step: the office keeps its data on a server (several desks). */
    public void useServer() {
        message.set("");
        step.set(SERVER_STEP);
    }

    /** Checks the server's address, then connects; the server's database is migrated on the way. */
    public void connect() {
        message.set("");
        String host = serverHost.get().strip();
        String database = serverDatabase.get().strip();
        int port = port(serverPort.get());
        if (host.isEmpty() || host.contains("/") || host.contains(" ")) {
            message.set(ui.i18n().t("setup.server.hostRequired"));
        } else if (port < 0) {
            message.set(ui.i18n().t("setup.server.badPort"));
        } else if (!DATABASE_NAME.matcher(database).matches()) {
            message.set(ui.i18n().t("setup.server.databaseRequired"));
        } else if (services.getValue() == null) {
            // the local default is still opening: switching now would race with it
            message.set(ui.i18n().t("login.starting"));
        } else {
            String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // IPv6
            ServerConnection connection = new ServerConnection("jdbc:postgresql://" + hostPart + ":" + port + "/" + database,
                    java.text.Normalizer.normalize(serverUser.get().strip(), java.text.Normalizer.Form.NFC), serverPassword.get());
            busy.set(true);
            serverChoice.connect(connection, officeThere -> {
                busy.set(false);
                serverPassword.set("");
                connectedTo.set(connection.hostAndPort() + "/" + connection.databaseName());
                if (!officeThere) {
                    step.set(OFFICE_STEP); // the shell shows the log-in instead when the office is there
                }
            }, error -> {
                busy.set(false);
                if (error instanceof vn.motcua.common.UserFacingException e && "db.wrongPassword".equals(e.key())) {
                    serverPassword.set(""); // typed again from the start, as at the log-in window
                }
                if (error instanceof vn.motcua.common.UserFacingException e && WORDED_FOR_THE_WIZARD.containsKey(e.key())) {
                    message.set(ui.i18n().t(WORDED_FOR_THE_WIZARD.get(e.key()), e.args()));
                } else {
                    ui.fail(error, message::set);
                }
            });
        }
    }

    /** Refusals the wizard words for its own fields (the command line's sentences name --url and --user). */
    private static final java.util.Map<String, String> WORDED_FOR_THE_WIZARD = java.util.Map.of(
            "db.unreachable", "setup.server.unreachable",
            "db.wrongPassword", "setup.server.wrongPassword",
            "db.noDatabase", "setup.server.noDatabase");

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text.strip());
            return p >= 1 && p <= 65535 ? p : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
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

    /** Admin → office, and server → office (the local default stays). */
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

    public StringProperty serverHostProperty() {
        return serverHost;
    }

    public StringProperty serverPortProperty() {
        return serverPort;
    }

    public StringProperty serverDatabaseProperty() {
        return serverDatabase;
    }

    public StringProperty serverUserProperty() {
        return serverUser;
    }

    public StringProperty serverPasswordProperty() {
        return serverPassword;
    }

    /** Empty on the local default; the server ("host:port/database") once connected. */
    public StringProperty connectedToProperty() {
        return connectedTo;
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
