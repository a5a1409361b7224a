package vn.motcua.ui.admin;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.motcua.ui.EnterKey;
import vn.motcua.ui.I18n;

/** Sao lưu: where the last backup is, the daily schedule, and "back up now" with its progress. */
public final class BackupView {
    private final VBox root;

    public BackupView(I18n i18n, BackupViewModel vm) {
        Label status = new Label();
        status.setId("backupStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        CheckBox useKept = new CheckBox(i18n.t("backup.ui.useKept"));
        useKept.setId("backupUseKept");
        useKept.selectedProperty().bindBidirectional(vm.useKeptProperty());
        useKept.disableProperty().bind(vm.keptAvailableProperty().not().or(vm.runningProperty()));
        PasswordField phrase = new PasswordField();
        phrase.setId("backupPassphrase");
        phrase.setPromptText(i18n.t("backup.ui.passphrase"));
        phrase.setPrefColumnCount(28);
        phrase.textProperty().bindBidirectional(vm.passphraseProperty());
        phrase.disableProperty().bind(vm.useKeptProperty().or(vm.runningProperty()));
        Button now = vn.motcua.ui.Controls.button("backupNow", i18n.t("backup.ui.now"), vm::backUpNow);
        now.getStyleClass().add("accent");
        now.disableProperty().bind(vm.runningProperty());
        EnterKey.runs(phrase, vm::backUpNow);
        HBox row = new HBox(8, phrase, now);
        row.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("backupProgress");
        bar.setPrefWidth(420);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());

        Label message = new Label();
        message.setId("backupMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.doneProperty().addListener((o, a, b) -> {
            message.getStyleClass().removeAll("success", "danger");
            message.getStyleClass().add(b ? "success" : "danger");
        });
        Label title = new Label(i18n.t("backup.ui.nowTitle"));
        title.getStyleClass().add("title-4");

        root = new VBox(12, status, title, useKept, row, bar, message);
        root.setPadding(new Insets(16));
        root.setId("backupView");
        root.getProperties().put(BackupViewModel.class, vm);
        vm.load();
    }

    public Parent root() {
        return root;
    }
}
