package vn.motcua.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.motcua.reports.Breakdown;
import vn.motcua.reports.Cell;
import vn.motcua.reports.Figure;
import vn.motcua.reports.FigureGroup;
import vn.motcua.reports.OnTimeFigures;
import vn.motcua.reports.OnTimeTable;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Tables;

/**
 * The on-time figures of the chosen period by procedure, field, unit, clerk or channel, exactly
 * as {@code OnTimeReport.figures} gives them, the total last. A click or Enter on a number lists
 * the dossiers behind it.
 */
final class BreakdownTable {
    /** One line: a group, or the total ({@code total}). */
    record Row(String label, String key, boolean total, OnTimeFigures figures) {
    }

    private final VBox root;
    private final TableView<Row> table = new TableView<>();
    private final I18n i18n;
    private final DashboardViewModel vm;

    BreakdownTable(DashboardViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        Label title = new Label(i18n.t("dashboard.breakdown.title"));
        title.getStyleClass().add("title-4");
        ComboBox<Breakdown> by = new ComboBox<>();
        by.setId("dashboard-breakdown");
        by.getItems().setAll(Breakdown.FIELD, Breakdown.PROCEDURE, Breakdown.UNIT, Breakdown.CLERK, Breakdown.CHANNEL, Breakdown.NONE);
        by.setConverter(new StringConverter<>() {
            @Override
            public String toString(Breakdown b) {
                return b == null ? "" : byName(b);
            }

            @Override
            public Breakdown fromString(String s) {
                return null;
            }
        });
        by.setValue(vm.breakdownProperty().get());
        by.valueProperty().addListener((o, was, now) -> vm.chooseBreakdown(now));
        Label byLabel = new Label(i18n.t("dashboard.breakdown.by"));
        byLabel.setLabelFor(by);
        HBox head = new HBox(8, title, byLabel, by);
        head.setAlignment(Pos.CENTER_LEFT);

        table.setId("dashboard-table");
        table.setPlaceholder(new Label(i18n.t("dashboard.breakdown.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setFixedCellSize(30);
        table.setPrefHeight(260);
        TableColumn<Row, String> name = column(i18n.t("dashboard.column.group"), Figure.RECEIVED, Row::label);
        name.setPrefWidth(230);
        table.getColumns().add(name);
        number(i18n.t("dashboard.column.received"), Figure.RECEIVED);
        number(i18n.t("dashboard.column.early"), Figure.RESOLVED_EARLY);
        number(i18n.t("dashboard.column.onTime"), Figure.RESOLVED_ON_TIME);
        number(i18n.t("dashboard.column.late"), Figure.RESOLVED_LATE);
        number(i18n.t("dashboard.column.openInTime"), Figure.OPEN_IN_TIME);
        number(i18n.t("dashboard.column.overdue"), Figure.OPEN_OVERDUE);
        number(i18n.t("dashboard.column.withdrawn"), Figure.WITHDRAWN);
        number(i18n.t("dashboard.column.refused"), Figure.REFUSED);
        TableColumn<Row, String> rate = column(i18n.t("dashboard.column.rate"), Figure.JUDGED,
                r -> Shown.rate(i18n, r.figures().onTimeRate()));
        rate.setPrefWidth(80);
        table.getColumns().add(rate);
        Tables.onActivate(table, this::openFocused);
        vm.tableProperty().addListener((o, was, now) -> show(now));
        Label legend = new Label(i18n.t("dashboard.breakdown.legend"));
        legend.getStyleClass().add("text-muted");
        legend.setWrapText(true);
        legend.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root = new VBox(6, head, table, legend);
        root.getStyleClass().add("dashboard-card");
    }

    private void number(String title, Figure figure) {
        TableColumn<Row, String> c = column(title, figure, r -> Shown.count(r.figures().get(figure)));
        c.setPrefWidth(86);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().add(c);
    }

    private static TableColumn<Row, String> column(String title, Figure figure, Function<Row, String> value) {
        TableColumn<Row, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setUserData(figure);
        c.setSortable(false);
        return c;
    }

    private void show(OnTimeTable t) {
        List<Row> rows = new ArrayList<>();
        if (t != null) {
            if (t.by() != Breakdown.NONE) {
                for (FigureGroup g : t.groups()) {
                    rows.add(new Row(label(t.by(), g), g.key(), false, g.figures()));
                }
            }
            rows.add(new Row(i18n.t("dashboard.total"), null, true, t.total()));
        }
        table.getItems().setAll(rows);
        // as tall as its lines (up to 12, then it scrolls): the page scrolls, not an empty table
        table.setPrefHeight(Math.min(12, Math.max(2, rows.size())) * table.getFixedCellSize() + 40);
    }

    private String label(Breakdown by, FigureGroup g) {
        if (g.key() == null) {
            return i18n.t("dashboard.noKey");
        }
        if (by == Breakdown.CHANNEL) {
            return switch (g.key()) {
                case "1" -> i18n.t("reports.channel.1");
                case "2" -> i18n.t("reports.channel.2");
                case "3" -> i18n.t("reports.channel.3");
                default -> g.key();
            };
        }
        return by == Breakdown.PROCEDURE && g.name() != null ? g.key() + " · " + g.name() : g.name() != null ? g.name() : g.key();
    }

    private void openFocused() {
        TablePosition<Row, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getTableColumn() == null || at.getRow() >= table.getItems().size()) {
            return;
        }
        Row row = table.getItems().get(at.getRow());
        Figure figure = (Figure) at.getTableColumn().getUserData();
        OnTimeTable t = vm.tableProperty().get();
        Cell cell = row.total() || t == null ? Cell.total(figure) : new Cell(t.by(), row.key(), figure);
        vm.openCell(cell, i18n.t("dashboard.behind.cell", at.getTableColumn().getText(), row.label(),
                Shown.period(i18n, vm.periodProperty().get())));
    }

    private String byName(Breakdown b) {
        return switch (b) {
            case NONE -> i18n.t("dashboard.by.none");
            case PROCEDURE -> i18n.t("dashboard.by.procedure");
            case FIELD -> i18n.t("dashboard.by.field");
            case UNIT -> i18n.t("dashboard.by.unit");
            case CLERK -> i18n.t("dashboard.by.clerk");
            case CHANNEL -> i18n.t("dashboard.by.channel");
        };
    }

    VBox root() {
        return root;
    }
}
