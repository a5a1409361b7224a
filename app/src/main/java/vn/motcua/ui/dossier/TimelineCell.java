package vn.motcua.ui.dossier;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.calendar.Verdict;
import vn.motcua.ui.I18n;

/** A timeline line: icon by kind, time and title, details, and the step's verdict as icon + words. */
final class TimelineCell extends ListCell<TimelineEntry> {
    private final I18n i18n;
    private final FontIcon kind = new FontIcon();
    private final Label title = new Label();
    private final Label detail = new Label();
    private final Label verdict = new Label();
    private final VBox box;

    TimelineCell(I18n i18n) {
        this.i18n = i18n;
        title.setWrapText(true);
        title.getStyleClass().add("text-bold");
        detail.setWrapText(true);
        detail.getStyleClass().add("text-muted");
        verdict.getStyleClass().add("dossier-verdict");
        HBox head = new HBox(8, kind, title);
        box = new VBox(2, head, detail, verdict);
    }

    @Override
    protected void updateItem(TimelineEntry item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        kind.setIconCode(icon(item.kind()));
        title.setText(Shown.when(item.at()) + "  " + item.title());
        detail.setText(item.detail());
        detail.setVisible(!item.detail().isEmpty());
        detail.setManaged(detail.isVisible());
        Verdict v = item.verdict();
        verdict.setVisible(v != null);
        verdict.setManaged(v != null);
        verdict.getStyleClass().removeAll("success", "warning", "danger");
        if (v != null) {
            verdict.setText(Shown.verdict(i18n, v));
            verdict.setGraphic(new FontIcon(switch (v) {
                case EARLY -> Material2AL.CHECK_CIRCLE;
                case ON_TIME -> Material2MZ.SCHEDULE;
                case LATE -> Material2AL.ERROR;
            }));
            verdict.getStyleClass().add(switch (v) {
                case EARLY -> "success";
                case ON_TIME -> "warning";
                case LATE -> "danger";
            });
        }
        setText(null);
        setGraphic(box);
    }

    private static Ikon icon(TimelineEntry.Kind kind) {
        return switch (kind) {
            case STATUS -> Material2AL.FLAG;
            case HAND_OVER -> Material2MZ.SEND;
            case SUPPLEMENT_REQUEST -> Material2AL.ASSIGNMENT_LATE;
            case SUPPLEMENT_RECEIVED -> Material2AL.ASSIGNMENT_TURNED_IN;
            case EXTENSION -> Material2AL.EVENT;
            case RATING -> Material2MZ.STAR;
        };
    }
}
