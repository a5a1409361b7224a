package vn.motcua.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.motcua.reports.dashboard.Granularity;
import vn.motcua.reports.dashboard.TrendPoint;
import vn.motcua.ui.I18n;

/** The on-time rate week by week or month by month: a line, a gap where nothing was judged. */
final class TrendPane {
    private final VBox root;
    private final CategoryAxis x = new CategoryAxis();
    private final LineChart<String, Number> chart;
    private final I18n i18n;

    TrendPane(DashboardViewModel vm) {
        this.i18n = vm.ui().i18n();
        NumberAxis y = new NumberAxis(0, 100, 20);
        y.setLabel("%");
        x.setAnimated(false);
        x.setAutoRanging(false); // the categories are the steps, also those with nothing judged
        chart = new LineChart<>(x, y);
        chart.setId("dashboard-trend");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(220);
        chart.setPrefHeight(240);
        VBox.setVgrow(chart, Priority.ALWAYS);

        Label title = new Label(i18n.t("dashboard.trend.title"));
        title.getStyleClass().add("title-4");
        title.setMinWidth(0);
        ToggleGroup group = new ToggleGroup();
        ToggleButton weeks = toggle("dashboard-trend-week", i18n.t("dashboard.trend.week"), group);
        ToggleButton months = toggle("dashboard-trend-month", i18n.t("dashboard.trend.month"), group);
        weeks.getStyleClass().add("left-pill");
        months.getStyleClass().add("right-pill");
        (vm.stepProperty().get() == Granularity.MONTH ? months : weeks).setSelected(true);
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one is always chosen
            } else {
                vm.chooseStep(now == months ? Granularity.MONTH : Granularity.WEEK);
            }
        });
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox head = new HBox(8, title, grow, weeks, months);
        head.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(6, head, chart);
        root.getStyleClass().add("dashboard-card");
        vm.trend().addListener((ListChangeListener<TrendPoint>) c -> show(vm.trend(), vm.stepProperty().get()));
    }

    private static ToggleButton toggle(String id, String text, ToggleGroup group) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setToggleGroup(group);
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return b;
    }

    private void show(List<TrendPoint> points, Granularity step) {
        List<String> categories = new ArrayList<>();
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (TrendPoint p : points) {
            String label = step == Granularity.WEEK ? Shown.shortDay(p.period().from())
                    : p.period().from().getMonthValue() + "/" + p.period().from().getYear();
            categories.add(label);
            if (p.onTimeRate() != null) {
                series.getData().add(new XYChart.Data<>(label, p.onTimeRate() * 100));
            }
        }
        x.getCategories().setAll(categories);
        chart.getData().setAll(List.of(series));
        chart.setAccessibleText(i18n.t("dashboard.trend.title"));
    }

    VBox root() {
        return root;
    }
}
