package vn.motcua.ui.documents;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import vn.motcua.ui.Ui;

/**
 * "Gỡ bỏ…": asks why a document is unlinked (required: the tombstone and the national sync
 * carry it) and confirms with a button named after the action.
 */
final class RemoveDocumentDialog {
    private RemoveDocumentDialog() {
    }

    static Optional<String> ask(Ui ui, DocumentRow document) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(ui.i18n().t("app.name"));
        dialog.setHeaderText(ui.i18n().t("digitize.remove.header", document.fileName()));
        TextArea reason = new TextArea();
        reason.setId("digitize-removeReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        Label label = new Label(ui.i18n().t("digitize.remove.reason"));
        label.setLabelFor(reason);
        dialog.getDialogPane().setContent(new VBox(8, label, reason, new Label(ui.i18n().t("digitize.remove.note"))));
        ButtonType remove = new ButtonType(ui.i18n().t("digitize.remove.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(remove, new ButtonType(ui.i18n().t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(remove).disableProperty().bind(reason.textProperty().isEmpty()
                .or(javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getText().isBlank(), reason.textProperty())));
        dialog.setResultConverter(b -> b == remove ? reason.getText().trim() : null);
        dialog.setOnShown(e -> reason.requestFocus());
        return ui.dialogs().show(dialog);
    }
}
