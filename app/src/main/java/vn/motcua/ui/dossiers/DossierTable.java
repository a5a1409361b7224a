package vn.motcua.ui.dossiers;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.ui.I18n;

/**
 * The list's table: immutable rows with precomputed texts, fixed row height, several rows
 * selectable; a sortable column carries its {@link DossierFilter.Sort} as user data so that the
 * sort policy can hand it to the database.
 */
final class DossierTable {
    private DossierTable() {
    }

    static TableView<DossierLine> create(I18n i18n, Consumer<DossierLine> open) {
        TableView<DossierLine> table = new TableView<>();
        table.setId("dossiers-table");
        table.setFixedCellSize(30);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(i18n.t("dossiers.table.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // widths for a 1366×768 laptop: the code and the dates whole, the procedure name gives way
        table.getColumns().setAll(java.util.List.of(
                text(i18n, "dossiers.column.code", DossierFilter.Sort.CODE, DossierLine::code, 200),
                text(i18n, "dossiers.column.applicant", DossierFilter.Sort.APPLICANT, l -> l.row().applicantName(), 145),
                text(i18n, "dossiers.column.procedure", DossierFilter.Sort.PROCEDURE, l -> l.row().procedureName(), 150),
                text(i18n, "dossiers.column.received", DossierFilter.Sort.RECEIVED, DossierLine::received, 122),
                text(i18n, "dossiers.column.due", DossierFilter.Sort.DUE, DossierLine::due, 122),
                text(i18n, "dossiers.column.remaining", null, DossierLine::remaining, 80),
                deadline(i18n),
                text(i18n, "dossiers.column.status", DossierFilter.Sort.STATUS, DossierLine::status, 105),
                text(i18n, "dossiers.column.sync", null, DossierLine::sync, 90)));
        table.setRowFactory(t -> {
            TableRow<DossierLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private static TableColumn<DossierLine, DossierLine> column(I18n i18n, String key, DossierFilter.Sort sort, double width) {
        TableColumn<DossierLine, DossierLine> c = new TableColumn<>(i18n.t(key));
        c.setId("dossiers-col-" + key.substring(key.lastIndexOf('.') + 1));
        c.setUserData(sort);
        c.setSortable(sort != null);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyObjectWrapper<>(f.getValue()));
        return c;
    }

    private static TableColumn<DossierLine, DossierLine> text(I18n i18n, String key, DossierFilter.Sort sort,
            Function<DossierLine, String> value, double width) {
        TableColumn<DossierLine, DossierLine> c = column(i18n, key, sort, width);
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(DossierLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? null : value.apply(line));
            }
        });
        return c;
    }

    private static TableColumn<DossierLine, DossierLine> deadline(I18n i18n) {
        TableColumn<DossierLine, DossierLine> c = column(i18n, "dossiers.column.deadline", null, 135);
        c.setCellFactory(col -> new TableCell<>() {
            private final Label label = new Label();

            @Override
            protected void updateItem(DossierLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(null);
                if (empty || line == null) {
                    DeadlineLook.apply(label, null, null);
                    setGraphic(null);
                } else {
                    DeadlineLook.apply(label, line.row().deadline(), line.deadline());
                    setGraphic(label);
                }
            }
        });
        return c;
    }
}
