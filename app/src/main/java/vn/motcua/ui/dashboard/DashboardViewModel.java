package vn.motcua.ui.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.reports.Breakdown;
import vn.motcua.reports.Cell;
import vn.motcua.reports.OnTimeTable;
import vn.motcua.reports.Period;
import vn.motcua.reports.dashboard.AtRisk;
import vn.motcua.reports.dashboard.Dashboard;
import vn.motcua.reports.dashboard.Granularity;
import vn.motcua.reports.dashboard.Tile;
import vn.motcua.reports.dashboard.Tiles;
import vn.motcua.reports.dashboard.TrendPoint;
import vn.motcua.reports.index766.Part;
import vn.motcua.ui.Ui;

/**
 * The dashboard's state: the chosen period, trend step and breakdown, and the answers. The tiles
 * are asked first (the first paint), then the trend, the breakdown table, the dossiers at risk
 * and the 766 panel, each on the background runner with its own busy flag; each answer replaces
 * its part at once. An answer to an older question than the last one asked for that part is
 * dropped. Failures show in one message line.
 */
public final class DashboardViewModel {
    /** Steps of the trend chart. */
    public static final int TREND_STEPS = 12;
    /** Lines of the at-risk list. */
    public static final int AT_RISK_LINES = 50;

    private final Ui ui;
    private final DashboardDesk desk;
    private final ObjectProperty<Period.Kind> kind = new SimpleObjectProperty<>(Period.Kind.MONTH);
    private final ObservableList<Period> choices = FXCollections.observableArrayList();
    private final ObjectProperty<Period> period = new SimpleObjectProperty<>();
    private final ObjectProperty<Granularity> step = new SimpleObjectProperty<>(Granularity.WEEK);
    private final ObjectProperty<Breakdown> breakdown = new SimpleObjectProperty<>(Breakdown.FIELD);
    private final ObjectProperty<Tiles> tiles = new SimpleObjectProperty<>();
    /** The 766 tile's points, null until they are known (they come after the other tiles). */
    private final ObjectProperty<Double> quarterPoints = new SimpleObjectProperty<>();
    private final ObservableList<TrendPoint> trend = FXCollections.observableArrayList();
    private final ObjectProperty<OnTimeTable> table = new SimpleObjectProperty<>();
    private final ObjectProperty<AtRisk> atRisk = new SimpleObjectProperty<>();
    private final ObjectProperty<DashboardDesk.Index> index = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private int running;
    private final long[] asked = new long[Section.values().length];
    private BiConsumer<String, DashboardDesk.Behind> showBehind = (title, behind) -> { };

    private enum Section { TILES, QUARTER_INDEX, TREND, TABLE, RISK, INDEX, BEHIND }

    public DashboardViewModel(Ui ui, DashboardDesk desk) {
        this.ui = ui;
        this.desk = desk;
        choosePeriodKind(Period.Kind.MONTH);
    }

    public Ui ui() {
        return ui;
    }

    // ---- questions ----

    /** Everything again: the tiles first, then the rest. */
    public void refresh() {
        message.set("");
        ask(Section.TILES, desk::tiles, t -> {
            tiles.set(t);
            askRest();
        });
    }

    private void askRest() {
        ask(Section.QUARTER_INDEX, desk::quarterIndex, quarterPoints::set);
        askTrend();
        askTable();
        ask(Section.RISK, () -> desk.atRisk(AT_RISK_LINES), atRisk::set);
        askIndex();
    }

    private void askTrend() {
        Granularity g = step.get();
        ask(Section.TREND, () -> desk.trend(g, TREND_STEPS), trend::setAll);
    }

    private void askTable() {
        Period p = period.get();
        Breakdown b = breakdown.get();
        ask(Section.TABLE, () -> desk.figures(p, b), table::set);
    }

    private void askIndex() {
        Period p = period.get();
        ask(Section.INDEX, () -> desk.index(p), index::set);
    }

    /** Month, quarter or year: the choices follow, the current one is chosen. */
    public void choosePeriodKind(Period.Kind k) {
        LocalDate today = desk.today();
        List<Period> list = new ArrayList<>();
        for (int back = 0; back < (k == Period.Kind.MONTH ? 12 : k == Period.Kind.QUARTER ? 8 : 5); back++) {
            list.add(switch (k) {
                case QUARTER -> Dashboard.quarter(today.minusMonths(3L * back));
                case YEAR -> Period.parse(String.valueOf(today.getYear() - back));
                default -> Dashboard.month(today.minusMonths(back));
            });
        }
        kind.set(k);
        choices.setAll(list);
        choosePeriod(list.get(0));
    }

    /** The period of the breakdown table and the 766 panel. */
    public void choosePeriod(Period p) {
        if (p == null || p.equals(period.get())) {
            return;
        }
        period.set(p);
        if (tiles.get() != null) {
            askTable();
            askIndex();
        }
    }

    public void chooseStep(Granularity g) {
        if (g != null && g != step.get()) {
            step.set(g);
            if (tiles.get() != null) {
                askTrend();
            }
        }
    }

    public void chooseBreakdown(Breakdown b) {
        if (b != null && b != breakdown.get()) {
            breakdown.set(b);
            if (tiles.get() != null) {
                askTable();
            }
        }
    }

    // ---- click-through ----

    /** Where the lists behind a number are shown (the view's dialog). */
    public void onBehind(BiConsumer<String, DashboardDesk.Behind> show) {
        this.showBehind = show;
    }

    public void openTile(Tile tile, String title) {
        ask(Section.BEHIND, () -> desk.tileDossiers(tile), b -> showBehind.accept(title, b));
    }

    public void openCell(Cell cell, String title) {
        Period p = period.get();
        ask(Section.BEHIND, () -> desk.cellDossiers(p, cell), b -> showBehind.accept(title, b));
    }

    public void openIndicator(String indicatorId, Part part, String title) {
        Period p = period.get();
        ask(Section.BEHIND, () -> desk.indicatorDossiers(p, indicatorId, part), b -> showBehind.accept(title, b));
    }

    /** The 766 tile: its quarter becomes the chosen period, so the panel below shows the indicators behind the total. */
    public void showQuarter() {
        Tiles t = tiles.get();
        if (t == null) {
            return;
        }
        if (kind.get() != Period.Kind.QUARTER) {
            choosePeriodKind(Period.Kind.QUARTER);
        }
        choosePeriod(Dashboard.quarter(t.quarterFrom()));
    }

    private <T> void ask(Section section, Callable<T> question, Consumer<T> answer) {
        long number = ++asked[section.ordinal()];
        running++;
        busy.set(true);
        ui.runner().run(question, result -> {
            done();
            if (number == asked[section.ordinal()]) {
                answer.accept(result);
            }
        }, error -> {
            done();
            if (number == asked[section.ordinal()]) {
                failed(error);
            }
        });
    }

    /** An expected failure says what to do; anything else a short line with the code to read over the phone. */
    private void failed(Throwable error) {
        if (error instanceof vn.motcua.common.UserFacingException e) {
            message.set(ui.i18n().t(e));
        } else {
            String code = vn.motcua.common.ErrorCode.of(error);
            org.slf4j.LoggerFactory.getLogger(DashboardViewModel.class).error("dashboard question failed ({})", code, error);
            message.set(ui.i18n().t("dashboard.failed", code));
        }
    }

    private void done() {
        running--;
        busy.set(running > 0);
    }

    // ---- state ----

    public ObjectProperty<Period.Kind> kindProperty() {
        return kind;
    }

    public ObservableList<Period> choices() {
        return choices;
    }

    public ObjectProperty<Period> periodProperty() {
        return period;
    }

    public ObjectProperty<Granularity> stepProperty() {
        return step;
    }

    public ObjectProperty<Breakdown> breakdownProperty() {
        return breakdown;
    }

    public ObjectProperty<Tiles> tilesProperty() {
        return tiles;
    }

    public ObjectProperty<Double> quarterPointsProperty() {
        return quarterPoints;
    }

    public ObservableList<TrendPoint> trend() {
        return trend;
    }

    public ObjectProperty<OnTimeTable> tableProperty() {
        return table;
    }

    public ObjectProperty<AtRisk> atRiskProperty() {
        return atRisk;
    }

    public ObjectProperty<DashboardDesk.Index> indexProperty() {
        return index;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }
}
