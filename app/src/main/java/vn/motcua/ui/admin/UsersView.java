package vn.motcua.ui.admin;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.security.Actor;
import vn.motcua.security.Role;
import vn.motcua.ui.EnterKey;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Tables;

/**
 * Tài khoản: the accounts table, the buttons acting on the selected account (Alt+letter each),
 * and the form that adds one (Enter saves). The service's sentence shows under the form.
 */
public final class UsersView {
    private final VBox root;

    public UsersView(I18n i18n, UsersViewModel vm) {
        TableView<UserRow> table = Tables.table("usersTable", i18n.t("ui.admin.users.none"));
        table.getColumns().add(Tables.column(i18n.t("ui.admin.users.username"), 120, UserRow::username));
        table.getColumns().add(Tables.column(i18n.t("ui.admin.users.fullName"), 180, UserRow::fullName));
        table.getColumns().add(Tables.column(i18n.t("ui.admin.users.roles"), 200, UserRow::roles));
        table.getColumns().add(Tables.column(i18n.t("ui.admin.users.state"), 180, UserRow::state));
        table.getColumns().add(Tables.column(i18n.t("ui.admin.users.lastLogin"), 130, UserRow::lastLogin));
        table.setItems(vm.rows());
        table.setPrefHeight(220);
        var selected = table.getSelectionModel().selectedItemProperty();

        Button disable = button("usersDisable", i18n.t("ui.admin.users.disable"), () -> vm.disable(selected.get()));
        Button enable = button("usersEnable", i18n.t("ui.admin.users.enable"), () -> vm.enable(selected.get()));
        Button unlock = button("usersUnlock", i18n.t("ui.admin.users.unlock"), () -> vm.unlock(selected.get()));
        PasswordField newPassword = new PasswordField();
        newPassword.setId("usersNewPassword");
        newPassword.setPromptText(i18n.t("ui.admin.users.newPassword"));
        newPassword.textProperty().bindBidirectional(vm.newPasswordProperty());
        Button reset = button("usersReset", i18n.t("ui.admin.users.resetPassword"), () -> vm.resetPassword(selected.get()));
        Button setRoles = button("usersSetRoles", i18n.t("ui.admin.users.setRoles"), () -> vm.setRoles(selected.get()));
        selected.addListener((o, before, row) -> {
            if (row != null) {
                vm.showRolesOf(row);
            }
        });
        BooleanBinding none = selected.isNull();
        disable.disableProperty().bind(none.or(Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().active(), selected)));
        enable.disableProperty().bind(none.or(Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().active(), selected)));
        unlock.disableProperty().bind(none.or(Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().locked(), selected)));
        reset.disableProperty().bind(none.or(vm.newPasswordProperty().isEmpty()));
        setRoles.disableProperty().bind(none);
        HBox actions = new HBox(8, disable, enable, unlock, setRoles, newPassword, reset);
        actions.setAlignment(Pos.CENTER_LEFT);

        TextField username = field("usersUsername", vm.usernameProperty(), "nguyenvana");
        TextField fullName = field("usersFullName", vm.fullNameProperty(), "Nguyễn Văn A");
        PasswordField password = new PasswordField();
        password.setId("usersPassword");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        HBox roleBoxes = new HBox(12);
        for (Role r : Role.values()) {
            CheckBox box = new CheckBox(i18n.t(Actor.roleKey(r).key()));
            box.setId("usersRole" + r.name().charAt(0) + r.name().substring(1).toLowerCase(java.util.Locale.ROOT));
            box.selectedProperty().bindBidirectional(vm.roleProperty(r));
            roleBoxes.getChildren().add(box);
        }
        Forms form = new Forms()
                .row(i18n.t("ui.admin.users.username"), username)
                .row(i18n.t("ui.admin.users.fullName"), fullName)
                .row(i18n.t("ui.admin.users.password"), password)
                .row(i18n.t("ui.admin.users.roles"), roleBoxes);
        Button add = button("usersAdd", i18n.t("ui.admin.users.add"), vm::add);
        add.getStyleClass().add("accent");
        EnterKey.runs(form.pane(), vm::add);

        Label message = new Label();
        message.setId("usersMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.doneProperty().addListener((o, a, b) -> {
            message.getStyleClass().removeAll("success", "danger");
            message.getStyleClass().add(b ? "success" : "danger");
        });
        Label addTitle = new Label(i18n.t("ui.admin.users.addTitle"));
        addTitle.getStyleClass().add("title-4");

        root = new VBox(12, table, actions, addTitle, form.pane(), add, message);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(16));
        root.setId("usersView");
        root.getProperties().put(UsersViewModel.class, vm);
        vm.load();
    }

    private static Button button(String id, String text, Runnable action) {
        return vn.motcua.ui.Controls.button(id, text, action);
    }

    private static TextField field(String id, javafx.beans.property.StringProperty p, String prompt) {
        return vn.motcua.ui.Controls.field(id, p, prompt);
    }

    public Parent root() {
        return root;
    }
}
