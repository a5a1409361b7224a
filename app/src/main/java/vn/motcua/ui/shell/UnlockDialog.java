package vn.motcua.ui.shell;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import vn.motcua.ui.Ui;

/**
 * Asked when the desk starts on a PC that does not hold the office key (a new PC with the old
 * data directory): the administrator types the recovery passphrase here instead of opening a
 * terminal. The message above the field is the one the command line prints, naming the key.
 */
public final class UnlockDialog {
    private UnlockDialog() {
    }

    /** The passphrase, or empty when the administrator closes the dialog (the desk then exits). */
    public static Optional<char[]> ask(Ui ui, String why) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(ui.i18n().t("encryption.unlock.title"));
        dialog.setHeaderText(ui.i18n().t("encryption.unlock.header"));
        dialog.getDialogPane().setId("unlock-dialog");
        Label reason = new Label(why);
        reason.setWrapText(true);
        reason.setMaxWidth(520);
        PasswordField phrase = new PasswordField();
        phrase.setId("unlock-passphrase");
        phrase.setPromptText(ui.i18n().t("encryption.unlock.prompt"));
        Label label = new Label(ui.i18n().t("encryption.unlock.label"));
        label.setLabelFor(phrase);
        dialog.getDialogPane().setContent(new VBox(10, reason, label, phrase));
        ButtonType open = new ButtonType(ui.i18n().t("encryption.unlock.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType quit = new ButtonType(ui.i18n().t("encryption.unlock.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, quit);
        dialog.getDialogPane().lookupButton(open).disableProperty().bind(phrase.textProperty().isEmpty());
        dialog.setResultConverter(b -> b == open ? phrase.getText().toCharArray() : null);
        Platform.runLater(phrase::requestFocus);
        Optional<char[]> result = ui.dialogs().show(dialog);
        phrase.clear();
        return result;
    }
}
