package vn.motcua.ui.setup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;

/**
 * The first-run wizard: office, then administrator; or first the office's PostgreSQL server
 * (a link on the office step). Enter moves on; Esc goes back.
 */
public final class FirstRunView {
    private final StackPane root = new StackPane();
    private final TextField agencyCode = field("agencyCode");
    private final TextField adminUsername = field("adminUsername");

    public FirstRunView(I18n i18n, FirstRunViewModel vm) {
        Label title = new Label(i18n.t("setup.title"));
        title.getStyleClass().add("title-2");
        Label stepLabel = new Label();
        stepLabel.getStyleClass().add("text-muted");
        stepLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.stepProperty().get() == FirstRunViewModel.SERVER_STEP ? i18n.t("setup.server.title")
                        : i18n.t("setup.step", vm.stepProperty().get(), 2), vm.stepProperty()));
        ServerStepView serverStep = new ServerStepView(i18n, vm);
        Hyperlink useServer = new Hyperlink(i18n.t("setup.server.link"));
        useServer.setId("setupUseServer");
        useServer.setMnemonicParsing(true);
        useServer.setWrapText(true);
        useServer.setOnAction(e -> vm.useServer());
        useServer.managedProperty().bind(useServer.visibleProperty());
        useServer.visibleProperty().bind(vm.connectedToProperty().isEmpty()); // once on the server, the choice is made
        Label connected = new Label();
        connected.setId("setupConnected");
        connected.setWrapText(true);
        connected.getStyleClass().add("success");
        connected.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> vm.connectedToProperty().get().isEmpty()
                ? "" : i18n.t("setup.server.connected", vm.connectedToProperty().get()), vm.connectedToProperty()));
        connected.managedProperty().bind(connected.textProperty().isNotEmpty());

        Node officeStep = new Forms()
                .row(i18n.t("setup.agencyCode"), bind(agencyCode, vm.agencyCodeProperty(), i18n.t("setup.agencyCode.prompt")))
                .row(i18n.t("setup.officeName"), bind(field("officeName"), vm.officeNameProperty(), i18n.t("setup.officeName.prompt")))
                .row(i18n.t("setup.province"), bind(field("province"), vm.provinceProperty(), ""))
                .row(i18n.t("setup.lookupUrl"), bind(field("lookupUrl"), vm.lookupUrlProperty(), "https://"))
                .span(useServer)
                .span(connected)
                .pane();
        PasswordField password = new PasswordField();
        password.setId("adminPassword");
        PasswordField again = new PasswordField();
        again.setId("adminPasswordAgain");
        Node adminStep = new Forms()
                .row(i18n.t("setup.adminUsername"), bind(adminUsername, vm.adminUsernameProperty(), i18n.t("login.username.prompt")))
                .row(i18n.t("setup.adminFullName"), bind(field("adminFullName"), vm.adminFullNameProperty(), ""))
                .row(i18n.t("setup.password"), bind(password, vm.passwordProperty(), i18n.t("setup.password.prompt")))
                .row(i18n.t("setup.passwordAgain"), bind(again, vm.passwordAgainProperty(), ""))
                .pane();

        Label message = new Label();
        message.setId("setupMessage");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        Button back = new Button(i18n.t("setup.back"));
        back.setId("setupBack");
        back.setCancelButton(true);
        back.setOnAction(e -> vm.back());
        Button next = new Button(i18n.t("setup.next"));
        next.setId("setupNext");
        next.setOnAction(e -> vm.next());
        Button finish = new Button(i18n.t("setup.finish"));
        finish.setId("setupFinish");
        finish.setOnAction(e -> vm.finish());
        finish.disableProperty().bind(vm.busyProperty());
        Button connect = new Button(i18n.t("setup.server.connect"));
        connect.setId("setupConnect");
        connect.setOnAction(e -> vm.connect());
        connect.disableProperty().bind(vm.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty());
        for (Button b : new Button[] {back, next, finish, connect}) {
            b.managedProperty().bind(b.visibleProperty()); // hidden buttons leave no gap
        }
        HBox actions = new HBox(12, progress, back, next, connect, finish);
        actions.setAlignment(Pos.CENTER_RIGHT);

        StackPane steps = new StackPane(serverStep.root(), officeStep, adminStep);
        for (Node step : steps.getChildren()) {
            step.managedProperty().bind(step.visibleProperty()); // the card fits the step shown, not the tallest
        }
        Runnable showStep = () -> {
            int step = vm.stepProperty().get();
            boolean server = step == FirstRunViewModel.SERVER_STEP;
            boolean first = step == FirstRunViewModel.OFFICE_STEP;
            boolean admin = step == FirstRunViewModel.ADMIN_STEP;
            serverStep.root().setVisible(server);
            officeStep.setVisible(first);
            adminStep.setVisible(admin);
            back.setVisible(!first);
            next.setVisible(first);
            next.setDefaultButton(first);
            connect.setVisible(server);
            connect.setDefaultButton(server);
            finish.setVisible(admin);
            finish.setDefaultButton(admin);
            if (server) {
                serverStep.focus();
            } else {
                (first ? agencyCode : adminUsername).requestFocus();
            }
        };
        vm.stepProperty().addListener((o, a, b) -> showStep.run());
        showStep.run();

        Label intro = new Label(i18n.t("setup.intro"));
        intro.setWrapText(true);
        intro.visibleProperty().bind(vm.stepProperty().isNotEqualTo(FirstRunViewModel.SERVER_STEP)); // that step has its own
        intro.managedProperty().bind(intro.visibleProperty());
        VBox card = new VBox(14, title, stepLabel, intro, steps, message, actions);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(28));
        card.setMaxSize(620, VBox.USE_PREF_SIZE);
        root.getChildren().add(card);
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        return f;
    }

    private static TextInputControl bind(TextInputControl control, javafx.beans.property.StringProperty p, String prompt) {
        control.textProperty().bindBidirectional(p);
        control.setPromptText(prompt);
        return control;
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        agencyCode.requestFocus();
    }
}
