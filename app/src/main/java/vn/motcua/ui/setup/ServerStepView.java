package vn.motcua.ui.setup;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;

/**
 * The wizard's server step: where the office's PostgreSQL server is and the account the
 * administrator gave this desk. Host, port and database rather than a JDBC URL: that is what
 * the person who set the server up writes on the paper handed to the desk.
 */
final class ServerStepView {
    private final VBox root;
    private final TextField host = new TextField();

    ServerStepView(I18n i18n, FirstRunViewModel vm) {
        Label intro = new Label(i18n.t("setup.server.intro"));
        intro.setWrapText(true);
        TextField port = new TextField();
        TextField database = new TextField();
        TextField user = new TextField();
        PasswordField password = new PasswordField();
        host.setId("serverHost");
        port.setId("serverPort");
        database.setId("serverDatabase");
        user.setId("serverUser");
        password.setId("serverPassword");
        host.setPromptText(i18n.t("setup.server.host.prompt"));
        port.setPrefColumnCount(6);
        host.textProperty().bindBidirectional(vm.serverHostProperty());
        port.textProperty().bindBidirectional(vm.serverPortProperty());
        database.textProperty().bindBidirectional(vm.serverDatabaseProperty());
        user.textProperty().bindBidirectional(vm.serverUserProperty());
        password.textProperty().bindBidirectional(vm.serverPasswordProperty());
        Node form = new Forms()
                .row(i18n.t("setup.server.host"), host)
                .row(i18n.t("setup.server.port"), port)
                .row(i18n.t("setup.server.database"), database)
                .row(i18n.t("setup.server.user"), user)
                .row(i18n.t("setup.server.password"), password)
                .pane();
        root = new VBox(12, intro, form);
    }

    Node root() {
        return root;
    }

    void focus() {
        host.requestFocus();
    }
}
