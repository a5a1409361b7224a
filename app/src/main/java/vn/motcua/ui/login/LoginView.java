package vn.motcua.ui.login;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;

/**
 * The log-in card. Kept light on purpose: it is the first thing painted, before the database
 * and Hibernate have finished starting in the background.
 */
public final class LoginView {
    private final StackPane root = new StackPane();
    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();

    /** {@code startupNote}: what the opening database is doing (an upgrade), shown instead of "starting" until the office is known. */
    public LoginView(I18n i18n, LoginViewModel vm, javafx.beans.value.ObservableValue<String> officeName,
            javafx.beans.value.ObservableValue<String> startupNote) {
        Label title = new Label(i18n.t("app.name"));
        title.getStyleClass().add("title-1");
        Label subtitle = new Label();
        subtitle.getStyleClass().add("text-muted");
        subtitle.setId("loginSubtitle");
        subtitle.setWrapText(true);
        subtitle.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> officeName.getValue() != null ? officeName.getValue()
                        : startupNote.getValue() != null ? startupNote.getValue() : i18n.t("login.starting"),
                officeName, startupNote));

        username.setId("username");
        username.textProperty().bindBidirectional(vm.usernameProperty());
        username.setPromptText(i18n.t("login.username.prompt"));
        password.setId("password");
        password.textProperty().bindBidirectional(vm.passwordProperty());

        Label message = new Label();
        message.setId("loginMessage");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        Button logIn = new Button(i18n.t("login.submit"));
        logIn.setId("logIn");
        logIn.setDefaultButton(true);
        logIn.disableProperty().bind(vm.canLogInProperty().not());
        logIn.setOnAction(e -> vm.logIn());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty().or(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> officeName.getValue() == null, officeName)));
        HBox actions = new HBox(12, progress, logIn);
        actions.setAlignment(Pos.CENTER_RIGHT);

        Forms form = new Forms()
                .row(i18n.t("login.username"), username)
                .row(i18n.t("login.password"), password)
                .span(message);
        VBox card = new VBox(16, title, subtitle, form.pane(), actions);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(32));
        card.setMaxSize(520, VBox.USE_PREF_SIZE);
        root.getChildren().add(card);
        root.setAlignment(Pos.CENTER);
    }

    public Parent root() {
        return root;
    }

    /** Focus where the clerk types next: the password when the user name is already known. */
    public void focus() {
        (username.getText().isBlank() ? username : password).requestFocus();
    }
}
