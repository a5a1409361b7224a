package vn.motcua.ui.dashboard;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.reports.Period;
import vn.motcua.reports.dashboard.AtRisk;
import vn.motcua.reports.dashboard.Tile;
import vn.motcua.reports.dashboard.Tiles;
import vn.motcua.ui.I18n;
import vn.motcua.ui.KeyBinding;
import vn.motcua.ui.MessageLine;

/**
 * Báo cáo: the chair's home. The period chooser, four headline tiles, the trend next to the
 * dossiers at risk, the breakdown table and the 766 panel, in one scrolling column that fits a
 * 1366×768 laptop. F5 asks everything again.
 */
public final class DashboardView {
    private final ScrollPane root;
    private final DashboardViewModel vm;
    private final I18n i18n;
    private final TileCard rate;
    private final TileCard index;
    private final TileCard overdue;
    private final TileCard week;

    /** @param open opens one dossier (its code) in the dossier area */
    public DashboardView(DashboardViewModel vm, DashboardDesk desk, Consumer<String> open) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        rate = new TileCard("dashboard-tile-rate", Material2AL.CHECK_CIRCLE, "success", i18n.t("dashboard.tile.rate"),
                () -> vm.openTile(Tile.MONTH_RATE, i18n.t("dashboard.behind.rate", period(Tiles::month))));
        index = new TileCard("dashboard-tile-index", Material2AL.ASSESSMENT, "accent", i18n.t("dashboard.tile.index"), vm::showQuarter);
        overdue = new TileCard("dashboard-tile-overdue", Material2AL.ERROR, "danger", i18n.t("dashboard.tile.overdue"),
                () -> vm.openTile(Tile.OVERDUE, i18n.t("dashboard.behind.overdue")));
        week = new TileCard("dashboard-tile-week", Material2AL.ALARM, "warning", i18n.t("dashboard.tile.week"),
                () -> vm.openTile(Tile.DUE_THIS_WEEK, i18n.t("dashboard.behind.week")));
        HBox tiles = new HBox(12, rate.node(), index.node(), overdue.node(), week.node());
        tiles.setFillHeight(true);
        vm.tilesProperty().addListener((o, was, now) -> showTiles(now));
        vm.quarterPointsProperty().addListener((o, was, now) -> showQuarterPoints());

        // the dossiers at risk first under the tiles (what the chair can still act on), the trend below: each
        // takes the whole width, so a 1366×768 screen shows every column of the list
        TrendPane trend = new TrendPane(vm);
        VBox risk = atRisk(desk, open);

        vm.onBehind((title, behind) -> BehindDialog.show(vm.ui().dialogs(), i18n, title, behind, desk.today()).ifPresent(open));
        VBox column = new VBox(12, header(), MessageLine.of("dashboard-message", vm.messageProperty()), tiles, risk, trend.root(),
                new BreakdownTable(vm).root(), new IndexPanel(vm).root());
        column.setPadding(new Insets(16));
        column.getStylesheets().add(DashboardView.class.getResource("dashboard.css").toExternalForm());
        root = new ScrollPane(column);
        root.setFitToWidth(true);
        root.setId("area-reports-view");
        root.getProperties().put(DashboardViewModel.class, vm);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (KeyBinding.DASHBOARD_REFRESH.combination().match(e)) {
                vm.refresh();
                e.consume();
            }
        });
    }

    private Parent header() {
        Label title = new Label(i18n.t("dashboard.title"));
        title.getStyleClass().add("title-3");
        ComboBox<Period.Kind> kind = new ComboBox<>();
        kind.setId("dashboard-period-kind");
        kind.getItems().setAll(Period.Kind.MONTH, Period.Kind.QUARTER, Period.Kind.YEAR);
        kind.setConverter(converter(k -> switch (k) {
            case QUARTER -> i18n.t("dashboard.kind.quarter");
            case YEAR -> i18n.t("dashboard.kind.year");
            default -> i18n.t("dashboard.kind.month");
        }));
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setOnAction(e -> vm.choosePeriodKind(kind.getValue()));
        ComboBox<Period> period = new ComboBox<>(vm.choices());
        period.setId("dashboard-period");
        period.setConverter(converter(p -> Shown.period(i18n, p)));
        period.setValue(vm.periodProperty().get());
        vm.periodProperty().addListener((o, was, now) -> period.setValue(now));
        period.valueProperty().addListener((o, was, now) -> vm.choosePeriod(now));
        Label periodLabel = new Label(i18n.t("dashboard.period"));
        periodLabel.setLabelFor(kind);
        Button refresh = new Button(i18n.t("dashboard.refresh"), new FontIcon(Material2MZ.REFRESH));
        refresh.setId("dashboard-refresh");
        refresh.setTooltip(new Tooltip(KeyBinding.DASHBOARD_REFRESH.combination().getDisplayText()));
        refresh.setOnAction(e -> vm.refresh());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("dashboard-busy");
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(8, title, grow, busy, periodLabel, kind, period, refresh);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private VBox atRisk(DashboardDesk desk, Consumer<String> open) {
        Label title = new Label(i18n.t("dashboard.risk.title", "…"));
        title.getStyleClass().add("title-4");
        TableView<AtRisk.Line> lines = DossierLines.table("dashboard-risk", i18n, desk.today(), open);
        lines.setPrefHeight(250);
        vm.atRiskProperty().addListener((o, was, now) -> {
            title.setText(i18n.t("dashboard.risk.title", now == null ? "…" : String.valueOf(now.total())));
            lines.getItems().setAll(now == null ? java.util.List.of() : now.lines());
        });
        VBox box = new VBox(6, title, lines);
        VBox.setVgrow(lines, Priority.ALWAYS);
        box.getStyleClass().add("dashboard-card");
        return box;
    }

    private String period(java.util.function.Function<Tiles, Period> which) {
        Tiles t = vm.tilesProperty().get();
        return t == null ? "" : Shown.period(i18n, which.apply(t));
    }

    private void showTiles(Tiles t) {
        if (t == null) {
            return;
        }
        rate.show(Shown.rate(i18n, t.monthFigures().onTimeRate()), i18n.t("dashboard.tile.rateDetail", Shown.period(i18n, t.month()),
                String.valueOf(t.monthFigures().inTime()), String.valueOf(t.monthFigures().judged()),
                Shown.rate(i18n, t.yearFigures().onTimeRate())));
        showQuarterPoints();
        overdue.show(String.valueOf(t.overdue()), i18n.t("dashboard.tile.overdueDetail"));
        week.show(String.valueOf(t.dueThisWeek()), i18n.t("dashboard.tile.weekDetail", Shown.day(t.week().last())));
    }

    /** The 766 tile: its points arrive after the other tiles; until then it says it is counting. */
    private void showQuarterPoints() {
        Tiles t = vm.tilesProperty().get();
        if (t == null) {
            return;
        }
        Double points = vm.quarterPointsProperty().get();
        index.show(points == null ? i18n.t("dashboard.tile.counting") : Shown.points(i18n, points), i18n.t("dashboard.tile.indexDetail",
                Shown.period(i18n, vn.motcua.reports.dashboard.Dashboard.quarter(t.quarterFrom()))));
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    public Parent root() {
        return root;
    }

    public DashboardViewModel viewModel() {
        return vm;
    }
}
