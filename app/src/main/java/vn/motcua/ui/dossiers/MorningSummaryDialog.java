package vn.motcua.ui.dossiers;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import vn.motcua.dossier.DeadlineState;
import vn.motcua.dossier.DossierRow;
import vn.motcua.ui.I18n;

/** The morning summary, shown once per user per day after log-in when something is due or late. */
final class MorningSummaryDialog {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MorningSummaryDialog() {
    }

    static Dialog<Void> create(I18n i18n, MorningSummary s) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("app.name"));
        dialog.setHeaderText(i18n.t("dossiers.morning.header", s.today().format(DAY)));
        Label counts = new Label(i18n.t("dossiers.morning.counts", String.valueOf(s.dueToday()), String.valueOf(s.overdue()),
                String.valueOf(s.dueSoon())));
        counts.setId("morning-counts");
        counts.setWrapText(true);
        VBox box = new VBox(8, counts);
        section(box, i18n, i18n.t("dossiers.morning.today"), s.todayRows(), DeadlineState.DUE_TODAY, "morning-today");
        section(box, i18n, i18n.t("dossiers.morning.tomorrow", s.tomorrow().format(DAY)), s.tomorrowRows(), DeadlineState.DUE_SOON,
                "morning-tomorrow");
        box.setPrefWidth(560);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("morning-summary");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.t("dossiers.morning.close"), ButtonBar.ButtonData.OK_DONE));
        return dialog;
    }

    private static void section(VBox box, I18n i18n, String title, List<DossierRow> rows, DeadlineState look, String id) {
        if (rows.isEmpty()) {
            return;
        }
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        VBox lines = new VBox(2);
        lines.setId(id);
        for (DossierRow r : rows) {
            Label l = new Label();
            DeadlineLook.apply(l, look, i18n.t("dossiers.morning.line", r.code(), r.applicantName(), r.procedureName()));
            lines.getChildren().add(l);
        }
        box.getChildren().addAll(heading, lines);
    }
}
