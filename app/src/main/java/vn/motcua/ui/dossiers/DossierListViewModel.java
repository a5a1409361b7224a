package vn.motcua.ui.dossiers;

import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierPage;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HandOver;
import vn.motcua.ui.Ui;

/**
 * The dossier list's state and commands: the filter (tab, search, status, procedure, sort), the
 * page, the rows, the tab counts, and the bulk actions. Every question goes to the database on
 * the background runner; the answer replaces the rows with one {@code setAll}. Each question
 * carries a number, and an answer to an older question than the last one asked is dropped, so a
 * slow search never overwrites the result of the one typed after it.
 */
public final class DossierListViewModel {
    /** Rows per page: the database pages, the table never holds more. */
    public static final int PAGE = 100;

    private final Ui ui;
    private final DossierDesk desk;
    /** Built on the first background question: the office hours come from the database. */
    private volatile LineFormat format;
    private final ObservableList<DossierLine> lines = FXCollections.observableArrayList();
    private final ObjectProperty<DossierFilter> filter = new SimpleObjectProperty<>(DossierFilter.tab(DossierFilter.Tab.TODAY));
    private final ObjectProperty<Map<DossierFilter.Tab, Long>> counts = new SimpleObjectProperty<>(Map.of());
    private final ObjectProperty<DossierPage> page = new SimpleObjectProperty<>();
    private final StringProperty pageText = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty working = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private int offset;
    private long asked;

    public DossierListViewModel(Ui ui, DossierDesk desk) {
        this.ui = ui;
        this.desk = desk;
    }

    // ---- questions ----

    /** Asks again with the current filter and page (also what a change elsewhere triggers). */
    public void refresh() {
        ask(filter.get(), offset);
    }

    public void selectTab(DossierFilter.Tab tab) {
        ask(filter.get().withTab(tab), 0);
    }

    public void search(String text) {
        String t = text == null || text.isBlank() ? null : text.strip();
        if (!java.util.Objects.equals(t, filter.get().search())) {
            ask(filter.get().withSearch(t), 0);
        }
    }

    public void filterStatus(DossierStatus status) {
        ask(filter.get().withStatus(status), 0);
    }

    public void filterProcedure(String procedureCode) {
        ask(filter.get().withProcedure(procedureCode), 0);
    }

    /** The table's header was clicked: the database sorts; {@code null} column = the tab's own order. */
    public void sortBy(DossierFilter.Sort column, boolean descending) {
        DossierFilter f = filter.get();
        if (f.sort() == column && (column == null || f.descending() == descending)) {
            return;
        }
        ask(f.sortedBy(column, column != null && descending), 0);
    }

    public void nextPage() {
        DossierPage p = page.get();
        if (p != null && offset + PAGE < p.total()) {
            ask(filter.get(), offset + PAGE);
        }
    }

    public void previousPage() {
        if (offset > 0) {
            ask(filter.get(), Math.max(0, offset - PAGE));
        }
    }

    private void ask(DossierFilter f, int at) {
        long number = ++asked;
        filter.set(f);
        offset = at;
        loading.set(true);
        ui.runner().run(() -> {
            if (format == null) {
                format = new LineFormat(ui.i18n(), desk.workingDay());
            }
            DossierPage p = desk.page(f, at, PAGE);
            Map<DossierFilter.Tab, Long> c = desk.counts(f.search());
            LineFormat lf = format;
            List<DossierLine> shown = p.rows().stream().map(lf::line).toList();
            return new Answer(p, c, shown);
        }, answer -> {
            if (number != asked) {
                return; // a newer question is on its way
            }
            loading.set(false);
            DossierPage p = answer.page();
            if (p.rows().isEmpty() && p.offset() > 0 && p.total() > 0) {
                // rows went away under the clerk's feet: show the last page that has some
                ask(f, (int) ((p.total() - 1) / PAGE) * PAGE);
                return;
            }
            counts.set(answer.counts());
            page.set(p);
            pageText.set(pageText(p));
            lines.setAll(answer.lines());
        }, error -> {
            if (number == asked) {
                loading.set(false);
                ui.fail(error, message::set);
            }
        });
    }

    private record Answer(DossierPage page, Map<DossierFilter.Tab, Long> counts, List<DossierLine> lines) {
    }

    private String pageText(DossierPage p) {
        if (p.total() == 0) {
            return ui.i18n().t("dossiers.page.empty");
        }
        NumberFormat n = NumberFormat.getIntegerInstance(ui.i18n().language().locale());
        return ui.i18n().t("dossiers.page", n.format(p.offset() + 1L), n.format(p.offset() + (long) p.rows().size()),
                n.format(p.total()));
    }

    // ---- bulk work ----

    /** Hands every dossier to the same colleague; refusals are collected, not fatal. */
    public void handOver(List<String> codes, HandOver request, Consumer<BulkOutcome> done) {
        bulk(codes, code -> desk.handOver(code, request), done);
    }

    /** Marks every dossier "result ready" (9). */
    public void resultReady(List<String> codes, Consumer<BulkOutcome> done) {
        bulk(codes, code -> desk.resultReady(code, null), done);
    }

    private void bulk(List<String> codes, BulkRun.Action action, Consumer<BulkOutcome> done) {
        if (working.get() || codes.isEmpty()) {
            return;
        }
        working.set(true);
        message.set("");
        BulkRun.start(ui, codes, action, progress::set, outcome -> {
            working.set(false);
            message.set(ui.i18n().t("dossiers.bulk.summary", String.valueOf(outcome.done().size()),
                    String.valueOf(outcome.refused().size())));
            refresh();
            done.accept(outcome);
        });
    }

    // ---- what the view shows ----

    public ObservableList<DossierLine> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<DossierFilter> filterProperty() {
        return filter;
    }

    public ReadOnlyObjectProperty<Map<DossierFilter.Tab, Long>> countsProperty() {
        return counts;
    }

    public ReadOnlyObjectProperty<DossierPage> pageProperty() {
        return page;
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyBooleanProperty workingProperty() {
        return working;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public boolean hasPrevious() {
        return offset > 0;
    }

    public DossierDesk desk() {
        return desk;
    }
}
