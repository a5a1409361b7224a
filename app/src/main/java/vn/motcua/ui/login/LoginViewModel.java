package vn.motcua.ui.login;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.ui.Ui;

/** Log-in: the form can be filled while the database is still opening; submitting waits for it. */
public final class LoginViewModel {
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableValue<AppContext> services;
    private final BooleanBinding canLogIn;
    private final Ui ui;
    private final Consumer<Actor> onLoggedIn;
    private boolean waitingForServices;

    public LoginViewModel(Ui ui, ObservableValue<AppContext> services, Consumer<Actor> onLoggedIn) {
        this.ui = ui;
        this.services = services;
        this.onLoggedIn = onLoggedIn;
        // The form is usable before the database has opened: a clerk who types fast and presses
        // Enter is logged in as soon as it is ready, instead of a button that silently does nothing.
        this.canLogIn = Bindings.createBooleanBinding(
                () -> !busy.get() && !username.get().isBlank() && !password.get().isEmpty(), busy, username, password);
        services.addListener((o, was, ready) -> {
            if (ready != null && waitingForServices) {
                waitingForServices = false;
                submit();
            }
        });
    }

    public void logIn() {
        if (!canLogIn.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        if (services.getValue() == null) {
            waitingForServices = true;
            return;
        }
        submit();
    }

    private void submit() {
        String user = username.get();
        char[] secret = password.get().toCharArray();
        AppContext context = services.getValue();
        ui.runner().run(() -> context.users().logIn(user, secret), actor -> {
            busy.set(false);
            password.set("");
            onLoggedIn.accept(actor);
        }, error -> {
            busy.set(false);
            password.set("");
            ui.fail(error, message::set);
        });
    }

    public StringProperty usernameProperty() {
        return username;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canLogInProperty() {
        return canLogIn;
    }

    public boolean servicesReady() {
        return services.getValue() != null;
    }
}
