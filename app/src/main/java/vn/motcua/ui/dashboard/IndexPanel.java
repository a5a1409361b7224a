package vn.motcua.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.motcua.reports.index766.IndexScore;
import vn.motcua.reports.index766.Part;
import vn.motcua.reports.index766.WhatIf;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Tables;

/**
 * The Decision 766 index of the chosen period: each indicator with numerator, denominator and
 * points, the total, and the what-if line. A click or Enter on the numerator lists what earned
 * the points; anywhere else on the line, what the share is taken over.
 */
final class IndexPanel {
    private record Row(String group, IndexScore.IndicatorScore indicator) {
    }

    private final VBox root;
    private final TableView<Row> table;
    private final Label title = new Label();
    private final Label total = new Label();
    private final Label whatIf = new Label();
    private final I18n i18n;
    private final DashboardViewModel vm;

    IndexPanel(DashboardViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        title.getStyleClass().add("title-4");
        table = Tables.table("dashboard-index", i18n.t("dashboard.lines.empty"));
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setFixedCellSize(30);
        table.setPrefHeight(10 * 30 + 40);
        TableColumn<Row, String> group = Tables.column(i18n.t("dashboard.index.group"), 200, Row::group);
        TableColumn<Row, String> name = Tables.column(i18n.t("index766.column.indicator"), 430,
                r -> i18n.t("index766.indicator." + r.indicator().id()));
        TableColumn<Row, String> numerator = Tables.column(i18n.t("index766.column.numerator"), 70,
                r -> Shown.count(r.indicator().numerator()));
        numerator.setUserData(Part.NUMERATOR);
        TableColumn<Row, String> denominator = Tables.column(i18n.t("index766.column.denominator"), 70,
                r -> Shown.count(r.indicator().denominator()));
        TableColumn<Row, String> ratio = Tables.column(i18n.t("index766.column.ratio"), 70, r -> Shown.rate(i18n, r.indicator().ratio()));
        TableColumn<Row, String> points = Tables.column(i18n.t("index766.column.points"), 110,
                r -> i18n.t("dashboard.index.points", Shown.points(i18n, r.indicator().points()), Shown.points(i18n, r.indicator().weight())));
        table.getColumns().setAll(List.of(group, name, numerator, denominator, ratio, points));
        table.getColumns().forEach(c -> c.setSortable(false));
        Tables.onActivate(table, this::openFocused);
        total.setId("dashboard-index-total");
        total.getStyleClass().add("title-4");
        whatIf.setId("dashboard-whatif");
        whatIf.setWrapText(true);
        whatIf.setGraphic(new FontIcon(Material2AL.LIGHTBULB));
        Label note = new Label(i18n.t("dashboard.index.verify"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        vm.indexProperty().addListener((o, was, now) -> show(now));
        root = new VBox(6, title, table, total, whatIf, note);
        root.getStyleClass().add("dashboard-card");
        root.setId("dashboard-index-panel");
        show(null);
    }

    private void show(DashboardDesk.Index index) {
        title.setText(i18n.t("dashboard.index.title", vm.periodProperty().get() == null ? ""
                : Shown.period(i18n, vm.periodProperty().get())));
        List<Row> rows = new ArrayList<>();
        if (index == null) {
            table.getItems().clear();
            total.setText("");
            whatIf.setText("");
            return;
        }
        for (IndexScore.GroupScore g : index.score().groups()) {
            String name = i18n.t("index766.group." + g.id());
            g.indicators().forEach(i -> rows.add(new Row(name, i)));
        }
        table.getItems().setAll(rows);
        total.setText(i18n.t("index766.total", Shown.points(i18n, index.score().total())));
        WhatIf w = index.whatIf();
        long due = w.dueThisWeek().total();
        whatIf.setText(due == 0 ? i18n.t("dashboard.whatIf.none")
                : i18n.t("dashboard.whatIf", Shown.points(i18n, w.gain()), String.valueOf(due)));
    }

    private void openFocused() {
        TablePosition<Row, ?> at = table.getFocusModel().getFocusedCell();
        if (at == null || at.getRow() < 0 || at.getRow() >= table.getItems().size()) {
            return;
        }
        Row row = table.getItems().get(at.getRow());
        Part part = at.getTableColumn() != null && at.getTableColumn().getUserData() == Part.NUMERATOR ? Part.NUMERATOR : Part.DENOMINATOR;
        String name = i18n.t("index766.indicator." + row.indicator().id());
        vm.openIndicator(row.indicator().id(), part, i18n.t(part == Part.NUMERATOR ? "dashboard.behind.numerator"
                : "dashboard.behind.denominator", name, Shown.period(i18n, vm.periodProperty().get())));
    }

    VBox root() {
        return root;
    }
}
