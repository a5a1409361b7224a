package vn.motcua.ui.dashboard;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import vn.motcua.dossier.DeadlineState;
import vn.motcua.reports.dashboard.AtRisk;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Tables;
import vn.motcua.ui.dossiers.DeadlineLook;

/**
 * A table of dossier lines (due day, code, applicant, procedure, handler); Enter or a double click
 * opens the chosen dossier. The due day is dressed like the dossier list's deadline: overdue,
 * due today, due later — icon and words, never colour alone.
 */
final class DossierLines {
    private DossierLines() {
    }

    static TableView<AtRisk.Line> table(String id, I18n i18n, java.time.LocalDate today, Consumer<String> open) {
        TableView<AtRisk.Line> t = Tables.table(id, i18n.t("dashboard.lines.empty"));
        t.setFixedCellSize(30);
        TableColumn<AtRisk.Line, AtRisk.Line> due = new TableColumn<>(i18n.t("dashboard.column.due"));
        due.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        due.setCellFactory(c -> new DueCell(i18n, today));
        due.setPrefWidth(118);
        due.setMinWidth(112);
        due.setSortable(false);
        TableColumn<AtRisk.Line, String> code = Tables.column(i18n.t("dashboard.column.code"), 200, AtRisk.Line::code);
        TableColumn<AtRisk.Line, String> applicant = Tables.column(i18n.t("dashboard.column.applicant"), 160, l -> blank(l.applicant()));
        TableColumn<AtRisk.Line, String> procedure = Tables.column(i18n.t("dashboard.column.procedure"), 220, l -> blank(l.procedure()));
        TableColumn<AtRisk.Line, String> handler = Tables.column(i18n.t("dashboard.column.handler"), 140, l -> blank(l.handler()));
        t.getColumns().setAll(java.util.List.of(due, code, applicant, procedure, handler));
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            AtRisk.Line chosen = t.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && chosen != null) {
                open.accept(chosen.code());
                e.consume();
            }
        });
        t.setOnMouseClicked(e -> {
            AtRisk.Line chosen = t.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && chosen != null) {
                open.accept(chosen.code());
            }
        });
        return t;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static final class DueCell extends TableCell<AtRisk.Line, AtRisk.Line> {
        private final Label label = new Label();
        private final I18n i18n;
        private final java.time.LocalDate today;

        DueCell(I18n i18n, java.time.LocalDate today) {
            this.i18n = i18n;
            this.today = today;
        }

        @Override
        protected void updateItem(AtRisk.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null || line.due() == null) {
                setGraphic(null);
                return;
            }
            java.time.LocalDate day = vn.motcua.calendar.WorkCalendar.toLocal(line.due()).toLocalDate();
            DeadlineState state = line.overdue() ? DeadlineState.OVERDUE : day.equals(today) ? DeadlineState.DUE_TODAY
                    : DeadlineState.DUE_SOON;
            DeadlineLook.apply(label, state, Shown.day(line.due()));
            label.setAccessibleText(i18n.t(state.messageKey()) + " " + Shown.day(line.due()));
            setGraphic(label);
        }
    }
}
