package vn.motcua.ui.dossiers;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import vn.motcua.dossier.HandOver;
import vn.motcua.ui.I18n;

/**
 * "Chuyển xử lý…" for several dossiers at once: one receiver, one note, and the action button
 * names how many dossiers will move, so the dialog is also the one confirmation.
 */
final class HandOverDialog {
    private HandOverDialog() {
    }

    static Dialog<HandOver> create(I18n i18n, List<DossierDesk.Receiver> receivers, int count) {
        Dialog<HandOver> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("app.name"));
        dialog.setHeaderText(i18n.t("dossiers.handOver.header", String.valueOf(count)));
        ComboBox<DossierDesk.Receiver> to = new ComboBox<>();
        to.setId("dossiers-handOver-to");
        to.getItems().setAll(receivers);
        to.setCellFactory(l -> new ReceiverCell());
        to.setButtonCell(new ReceiverCell());
        to.setMaxWidth(Double.MAX_VALUE);
        TextField note = new TextField();
        note.setId("dossiers-handOver-note");
        note.setPromptText(i18n.t("dossiers.handOver.notePrompt"));
        Label toLabel = new Label(i18n.t("dossiers.handOver.to"));
        toLabel.setLabelFor(to);
        Label noteLabel = new Label(i18n.t("dossiers.handOver.note"));
        noteLabel.setLabelFor(note);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8, 0, 0, 0));
        grid.addRow(0, toLabel, to);
        grid.addRow(1, noteLabel, note);
        to.setPrefWidth(320);
        dialog.getDialogPane().setContent(grid);
        ButtonType go = new ButtonType(i18n.t("dossiers.handOver.action", String.valueOf(count)), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(go, new ButtonType(i18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(go).disableProperty().bind(to.valueProperty().isNull());
        dialog.getDialogPane().lookupButton(go).setId("dossiers-handOver-go");
        dialog.setResultConverter(b -> b == go && to.getValue() != null
                ? new HandOver(to.getValue().username(), null, null, note.getText()) : null);
        dialog.setOnShown(e -> Platform.runLater(to::requestFocus));
        return dialog;
    }

    private static final class ReceiverCell extends ListCell<DossierDesk.Receiver> {
        @Override
        protected void updateItem(DossierDesk.Receiver r, boolean empty) {
            super.updateItem(r, empty);
            setText(empty || r == null ? null : r.fullName() + " (" + r.username() + ")");
        }
    }
}
