package vn.motcua.ui.calendar;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import vn.motcua.calendar.DeadlineLedger;
import vn.motcua.ui.Ui;
import vn.motcua.ui.WrappingCells;

/**
 * "Why is this the due date?" for one dossier: its deadline ledger's due date and every change
 * with its reason (receipt, supplement pauses, extensions, calendar changes), old dates kept.
 * Any screen holding a dossier opens it with the dossier's ledger.
 */
public final class DeadlineExplanationDialog {
    private DeadlineExplanationDialog() {
    }

    public static Dialog<Void> create(Ui ui, String dossierLabel, DeadlineLedger ledger) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(ui.i18n().t("app.name"));
        dialog.setHeaderText(ui.i18n().t("dueView.dialog.header", dossierLabel));
        Label due = new Label(ledger.due().map(DueDateViewModel.SHOWN::format).orElse(ui.i18n().t("dueView.none")));
        due.setId("ledgerDue");
        due.getStyleClass().add("title-3");
        ListView<String> lines = new ListView<>();
        lines.setId("ledgerExplanation");
        lines.getItems().setAll(ledger.explanations());
        lines.setPrefSize(760, 260);
        WrappingCells.apply(lines);
        Label version = new Label(ui.i18n().t("calendarView.version", ledger.calendarVersion()));
        version.getStyleClass().add("text-muted");
        dialog.getDialogPane().setContent(new VBox(10, due, lines, version));
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(ui.i18n().t("dialog.close"), ButtonBar.ButtonData.OK_DONE));
        return dialog;
    }
}
