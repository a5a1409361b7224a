package vn.motcua.ui.admin;

import vn.motcua.ui.FilePick;
import vn.motcua.ui.Tables;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.ui.I18n;

/** Sao kê ngân hàng: choose the CSV, then three tables: paid, wrong amount, no dossier. */
public final class StatementView {
    private final VBox root;

    public StatementView(I18n i18n, StatementViewModel vm) {
        Button choose = new Button(i18n.t("adminStatement.choose"));
        choose.setId("statementChoose");
        choose.setMnemonicParsing(true);
        choose.getStyleClass().add("accent");
        choose.setOnAction(e -> FilePick.open(choose, i18n.t("adminStatement.chooseTitle"), i18n.t("adminStatement.fileFilter"),
                "*.csv", "*.CSV", "*.txt").ifPresent(vm::importFile));
        choose.disableProperty().bind(vm.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("statementProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty());
        Label fileName = new Label();
        fileName.setId("statementFile");
        fileName.textProperty().bind(vm.fileProperty());
        HBox top = new HBox(12, choose, progress, fileName);
        top.setAlignment(Pos.CENTER_LEFT);
        Label help = new Label(i18n.t("adminStatement.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        help.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label summary = new Label();
        summary.setId("statementSummary");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        summary.getStyleClass().add("title-4");
        summary.textProperty().bind(vm.summaryProperty());
        summary.managedProperty().bind(summary.textProperty().isNotEmpty());
        Label message = new Label();
        message.setId("statementMessage");
        message.setWrapText(true);
        message.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        message.getStyleClass().add("danger");
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        TableView<StatementRow> paid = Tables.table("statementPaid", i18n.t("adminStatement.none"));
        paid.getColumns().setAll(List.of(code(i18n), amount(i18n), row(i18n), date(i18n)));
        paid.setItems(vm.paid());
        TableView<StatementRow> wrong = Tables.table("statementWrongAmount", i18n.t("adminStatement.none"));
        wrong.getColumns().setAll(List.of(row(i18n), code(i18n), amount(i18n), date(i18n), description(i18n)));
        wrong.setItems(vm.wrongAmount());
        TableView<StatementRow> unmatched = Tables.table("statementUnmatched", i18n.t("adminStatement.none"));
        unmatched.getColumns().setAll(List.of(row(i18n), date(i18n), amount(i18n), description(i18n)));
        unmatched.setItems(vm.unmatched());

        VBox results = new VBox(8,
                section(i18n, "adminStatement.paid", paid, vm.paid()),
                section(i18n, "adminStatement.wrongAmount", wrong, vm.wrongAmount()),
                section(i18n, "adminStatement.unmatched", unmatched, vm.unmatched()));
        VBox.setVgrow(results, Priority.ALWAYS);
        root = new VBox(12, top, help, message, summary, results);
        root.setPadding(new Insets(16));
        root.setId("statementView");
        // the native file dialog cannot be driven by tests: they hand the view model a file
        root.getProperties().put(StatementViewModel.class, vm);
    }

    private static TitledPane section(I18n i18n, String key, TableView<StatementRow> table, javafx.collections.ObservableList<StatementRow> rows) {
        table.setPrefHeight(150);
        TitledPane pane = new TitledPane();
        pane.setContent(table);
        pane.setCollapsible(false);
        pane.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.t(key, rows.size()), rows));
        VBox.setVgrow(pane, Priority.ALWAYS);
        return pane;
    }

    private static TableColumn<StatementRow, String> row(I18n i18n) {
        return Tables.column(i18n.t("adminStatement.column.row"), 60, r -> String.valueOf(r.row()));
    }

    private static TableColumn<StatementRow, String> code(I18n i18n) {
        return Tables.column(i18n.t("adminStatement.column.code"), 220, StatementRow::code);
    }

    private static TableColumn<StatementRow, String> amount(I18n i18n) {
        TableColumn<StatementRow, String> c = Tables.column(i18n.t("adminStatement.column.amount"), 120, StatementRow::amount);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    private static TableColumn<StatementRow, String> date(I18n i18n) {
        return Tables.column(i18n.t("adminStatement.column.date"), 100, StatementRow::date);
    }

    private static TableColumn<StatementRow, String> description(I18n i18n) {
        return Tables.column(i18n.t("adminStatement.column.description"), 360, StatementRow::description);
    }

    public Parent root() {
        return root;
    }
}
