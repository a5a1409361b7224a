package vn.motcua.ui.dashboard;

import java.time.LocalDate;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import vn.motcua.reports.dashboard.AtRisk;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.I18n;

/**
 * The dossiers behind one number: how many, the first page of them, and Enter (or a double
 * click) on one closes the list and opens that dossier. Procedure codes (a 766 share of
 * procedures) are listed as codes.
 */
final class BehindDialog {
    private BehindDialog() {
    }

    /** Shows the list; the code of the dossier chosen to open, if any. */
    static Optional<String> show(DialogService dialogs, I18n i18n, String title, DashboardDesk.Behind behind, LocalDate today) {
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("app.name"));
        dialog.setHeaderText(title);
        String countText = behind.procedures() ? i18n.t("dashboard.behind.procedures", String.valueOf(behind.total()))
                : i18n.t("dashboard.behind.count", String.valueOf(behind.total()));
        if (behind.total() > behind.codes().size()) {
            countText += " " + i18n.t("dashboard.behind.first", String.valueOf(behind.codes().size()));
        }
        Label count = new Label(countText);
        count.setId("dashboard-behind-count");
        count.setWrapText(true);
        javafx.scene.Node list;
        if (behind.procedures()) {
            ListView<String> codes = new ListView<>();
            codes.setId("dashboard-behind-procedures");
            codes.getItems().setAll(behind.codes());
            list = codes;
        } else {
            TableView<AtRisk.Line> lines = DossierLines.table("dashboard-behind", i18n, today, code -> {
                dialog.setResult(code);
                dialog.close();
            });
            lines.getItems().setAll(behind.lines());
            if (!lines.getItems().isEmpty()) {
                lines.getSelectionModel().select(0);
            }
            lines.setPrefHeight(380);
            dialog.setOnShown(e -> Platform.runLater(lines::requestFocus));
            list = lines;
        }
        VBox box = new VBox(8, count, list);
        box.setPrefWidth(900);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("dashboard-behind-dialog");
        ButtonType close = new ButtonType(i18n.t("dashboard.behind.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(close);
        dialog.setResultConverter(button -> null);
        dialog.setResizable(true);
        return dialogs.show(dialog);
    }
}
