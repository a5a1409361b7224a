package vn.motcua.ui.setup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;

/** The first-run wizard: office, then administrator. Enter moves on; Esc goes back. */
public final class FirstRunView {
    private final StackPane root = new StackPane();
    private final TextField agencyCode = field("agencyCode");
    private final TextField adminUsername = field("adminUsername");

    public FirstRunView(I18n i18n, FirstRunViewModel vm) {
        Label title = new Label(i18n.t("setup.title"));
        title.getStyleClass().add("title-2");
        Label stepLabel = new Label();
        stepLabel.getStyleClass().add("text-muted");
        stepLabel.textProperty().bind(vm.stepProperty().asString(i18n.t("setup.step", "%d", 2)));

        Node officeStep = new Forms()
                .row(i18n.t("setup.agencyCode"), bind(agencyCode, vm.agencyCodeProperty(), i18n.t("setup.agencyCode.prompt")))
                .row(i18n.t("setup.officeName"), bind(field("officeName"), vm.officeNameProperty(), i18n.t("setup.officeName.prompt")))
                .row(i18n.t("setup.province"), bind(field("province"), vm.provinceProperty(), ""))
                .row(i18n.t("setup.lookupUrl"), bind(field("lookupUrl"), vm.lookupUrlProperty(), "https://"))
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
        for (Button b : new Button[] {back, next, finish}) {
            b.managedProperty().bind(b.visibleProperty()); // hidden buttons leave no gap
        }
        HBox actions = new HBox(12, back, next, finish);
        actions.setAlignment(Pos.CENTER_RIGHT);

        StackPane steps = new StackPane(officeStep, adminStep);
        Runnable showStep = () -> {
            boolean first = vm.stepProperty().get() == FirstRunViewModel.OFFICE_STEP;
            officeStep.setVisible(first);
            adminStep.setVisible(!first);
            back.setVisible(!first);
            next.setVisible(first);
            next.setDefaultButton(first);
            finish.setVisible(!first);
            finish.setDefaultButton(!first);
            (first ? agencyCode : adminUsername).requestFocus();
        };
        vm.stepProperty().addListener((o, a, b) -> showStep.run());
        showStep.run();

        Label intro = new Label(i18n.t("setup.intro"));
        intro.setWrapText(true);
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
