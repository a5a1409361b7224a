package vn.motcua.ui.dossier;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.ui.Forms;
import vn.motcua.ui.Ui;

/**
 * A small keyboard-first dialog for one action: labelled fields (mnemonics), Enter confirms
 * with a button named after the action, Escape cancels. Confirming runs the validation first;
 * a refusal is shown in the dialog, which stays open with the focus where it was.
 */
final class ActionDialog<R> {
    private final Ui ui;
    private final Dialog<R> dialog = new Dialog<>();
    private final Forms form = new Forms();
    private final Label error = new Label();
    private final ButtonType confirm;

    ActionDialog(Ui ui, String id, String header, String confirmLabel) {
        this.ui = ui;
        dialog.setTitle(ui.i18n().t("app.name"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, new ButtonType(ui.i18n().t("dialog.cancel"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        error.setId("dossier-dialog-error");
        error.setWrapText(true);
        error.getStyleClass().add("danger");
        error.setGraphic(new FontIcon(Material2MZ.WARNING));
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        error.setMinHeight(Region.USE_PREF_SIZE);
    }

    static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(28);
        return f;
    }

    ActionDialog<R> row(String label, Node field) {
        form.row(label, field);
        return this;
    }

    /** A line across the form (a hint, a warning). */
    ActionDialog<R> span(Node node) {
        form.span(node);
        return this;
    }

    /**
     * Shows the dialog and waits.
     *
     * @param validate the message that refuses the input, or null when it may go
     * @param result   what the dialog returns once valid
     * @param focus    the field that starts with the focus
     */
    Optional<R> show(Supplier<String> validate, Supplier<R> result, Node focus) {
        form.span(error);
        dialog.getDialogPane().setContent(new VBox(8, form.pane()));
        dialog.getDialogPane().setMinWidth(560);
        Button ok = (Button) dialog.getDialogPane().lookupButton(confirm);
        ok.setId("dossier-dialog-confirm");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            String refusal = validate.get();
            if (refusal != null) {
                error.setText(refusal);
                e.consume();
            }
        });
        dialog.setResultConverter(b -> b == confirm ? result.get() : null);
        // later: the dialog gives its default button the focus once shown, after this handler
        dialog.setOnShown(e -> javafx.application.Platform.runLater(focus::requestFocus));
        return ui.dialogs().show(dialog);
    }
}
