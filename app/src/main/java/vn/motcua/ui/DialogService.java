package vn.motcua.ui;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import vn.motcua.common.ErrorCode;

/**
 * Every dialog goes through here: owner, modality, localized titles, and buttons named after
 * their action, so a clerk never has to guess what "OK" will do.
 */
public final class DialogService {
    private final I18n i18n;
    private final Supplier<Window> owner;

    public DialogService(I18n i18n, Supplier<Window> owner) {
        this.i18n = i18n;
        this.owner = owner;
    }

    public void error(String header, String message) {
        show(Alert.AlertType.ERROR, header, message);
    }

    public void warning(String header, String message) {
        show(Alert.AlertType.WARNING, header, message);
    }

    public void information(String header, String message) {
        show(Alert.AlertType.INFORMATION, header, message);
    }

    /** Asks before something that cannot be undone; the confirm button carries the action's name. */
    public boolean confirm(String header, String message, String actionLabel) {
        ButtonType action = new ButtonType(actionLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, message);
        alert.getButtonTypes().setAll(action, cancel);
        return alert.showAndWait().filter(action::equals).isPresent();
    }

    /**
     * An error nobody expected: a short sentence, a stable code to read over the phone, and the
     * technical details folded away with a button that copies them.
     */
    public void unexpected(Throwable error) {
        String code = ErrorCode.of(error);
        Alert alert = alert(Alert.AlertType.ERROR, i18n.t("error.unexpected.header"),
                i18n.t("error.unexpected.body", code));
        String details = code + "\n" + stackTrace(error);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(12);
        area.setId("errorDetails");
        ButtonType copy = new ButtonType(i18n.t("error.copyDetails"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, new ButtonType(i18n.t("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        alert.getDialogPane().lookupButton(copy).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            e.consume(); // keep the dialog open: the clerk may still want to read it
        });
        alert.getDialogPane().setExpandableContent(new VBox(area));
        alert.showAndWait();
    }

    /** A dialog built by a screen (settings, about): owned, modal, titled like the others. */
    public <R> Optional<R> show(Dialog<R> dialog) {
        dialog.initModality(Modality.WINDOW_MODAL);
        Window w = owner.get();
        if (w != null && dialog.getOwner() == null) {
            dialog.initOwner(w);
        }
        return dialog.showAndWait();
    }

    private void show(Alert.AlertType type, String header, String message) {
        Alert alert = alert(type, header, message);
        alert.getButtonTypes().setAll(new ButtonType(i18n.t("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(i18n.t("app.name"));
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }

    private static String stackTrace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }
}
