package vn.motcua.ui.dossiers;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.ui.I18n;
import vn.motcua.ui.KeyBinding;
import vn.motcua.ui.Ui;
import vn.motcua.ui.shell.Area;

/**
 * The clerk's home screen: tabs with their counts, search and filters, the table (sorted and
 * paged by the database), bulk hand-over and "result ready". Enter or a double-click opens the
 * dossier through the callback the shell gives.
 */
public final class DossierListView {
    private final Ui ui;
    private final I18n i18n;
    private final DossierListViewModel vm;
    private final Consumer<String> open;
    private final BorderPane root = new BorderPane();
    private final TableView<DossierLine> table;
    private final TextField search = new TextField();
    private final Map<DossierFilter.Tab, ToggleButton> tabs = new EnumMap<>(DossierFilter.Tab.class);
    private Set<String> keptSelection = Set.of();

    public DossierListView(Ui ui, DossierListViewModel vm, Consumer<String> open) {
        this.ui = ui;
        this.i18n = ui.i18n();
        this.vm = vm;
        this.open = open;
        this.table = DossierTable.create(i18n, line -> open.accept(line.code()));
        table.setSortPolicy(t -> {
            sortInDatabase(t);
            return true;
        });
        table.setItems(vm.lines());
        VBox top = new VBox(10, tabBar(), filterBar());
        top.setPadding(new Insets(12, 12, 8, 12));
        root.setTop(top);
        BorderPane.setMargin(table, new Insets(0, 12, 0, 12));
        root.setCenter(table);
        root.setBottom(bottomBar());
        root.setId(Area.DOSSIERS.id() + "-view");
        root.getProperties().put(DossierListView.class, this);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open.accept(table.getSelectionModel().getSelectedItem().code());
                e.consume();
            }
        });
        // the selection survives a refresh (another desk's change must not lose the clerk's place)
        vm.pageProperty().addListener((o, was, now) -> keptSelection = table.getSelectionModel().getSelectedItems().stream()
                .map(DossierLine::code).collect(Collectors.toSet()));
        vm.lines().addListener((ListChangeListener<DossierLine>) c -> restoreSelection());
        vm.countsProperty().addListener((o, was, now) -> tabTexts());
        vm.filterProperty().addListener((o, was, now) -> showFilter(now));
        tabTexts();
    }

    /** Runs the first question; the shell calls it when the area is first shown. */
    public void load() {
        vm.refresh();
        ui.runner().run(() -> vm.desk().procedures(), this::procedures, e -> ui.fail(e, m -> { }));
    }

    public Parent root() {
        return root;
    }

    public DossierListViewModel viewModel() {
        return vm;
    }

    /** Puts the cursor in the search field (Ctrl+F). */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private void keys(KeyEvent e) {
        if (KeyBinding.DOSSIERS_SEARCH.combination().match(e)) {
            focusSearch();
        } else if (KeyBinding.DOSSIERS_NEXT_PAGE.combination().match(e)) {
            vm.nextPage();
        } else if (KeyBinding.DOSSIERS_PREVIOUS_PAGE.combination().match(e)) {
            vm.previousPage();
        } else if (KeyBinding.DOSSIERS_REFRESH.combination().match(e)) {
            vm.refresh();
        } else {
            return;
        }
        e.consume();
    }

    // ---- top: tabs, search, filters ----

    private HBox tabBar() {
        ToggleGroup group = new ToggleGroup();
        HBox bar = new HBox(0);
        DossierFilter.Tab[] all = DossierFilter.Tab.values();
        for (int i = 0; i < all.length; i++) {
            DossierFilter.Tab tab = all[i];
            ToggleButton b = new ToggleButton();
            b.setId("dossiers-tab-" + tab.name());
            b.setToggleGroup(group);
            b.getStyleClass().add(i == 0 ? "left-pill" : i == all.length - 1 ? "right-pill" : "center-pill");
            b.setOnAction(e -> {
                b.setSelected(true); // a tab cannot be switched off, only another chosen
                vm.selectTab(tab);
            });
            tabs.put(tab, b);
            bar.getChildren().add(b);
        }
        tabs.get(vm.filterProperty().get().tab()).setSelected(true);
        return bar;
    }

    private void tabTexts() {
        Map<DossierFilter.Tab, Long> counts = vm.countsProperty().get();
        tabs.forEach((tab, b) -> {
            Long n = counts.get(tab);
            String name = i18n.t(tabKey(tab));
            b.setText(n == null ? name : i18n.t("dossiers.tab.counted", name, String.valueOf(n)));
            b.setAccessibleText(b.getText());
        });
    }

    private static String tabKey(DossierFilter.Tab tab) {
        return switch (tab) {
            case TODAY -> "dossiers.tab.today";
            case DUE_SOON -> "dossiers.tab.dueSoon";
            case OVERDUE -> "dossiers.tab.overdue";
            case WAITING -> "dossiers.tab.waiting";
            case ALL -> "dossiers.tab.all";
        };
    }

    private HBox filterBar() {
        search.setId("dossiers-search");
        search.setPromptText(i18n.t("dossiers.search.prompt"));
        search.setAccessibleText(i18n.t("dossiers.search.prompt"));
        search.setPrefColumnCount(28);
        PauseTransition typing = new PauseTransition(Duration.millis(250));
        typing.setOnFinished(e -> vm.search(search.getText()));
        search.textProperty().addListener((o, was, now) -> typing.playFromStart());
        search.setOnAction(e -> {
            typing.stop();
            vm.search(search.getText());
            table.requestFocus();
            if (!vm.lines().isEmpty() && table.getSelectionModel().isEmpty()) {
                table.getSelectionModel().select(0);
                table.getFocusModel().focus(0);
            }
        });
        Label searchIcon = new Label(null, new FontIcon(Material2MZ.SEARCH));
        searchIcon.setLabelFor(search);

        ComboBox<DossierStatus> status = new ComboBox<>();
        status.setId("dossiers-status");
        status.getItems().add(null);
        status.getItems().addAll(DossierStatus.values());
        status.setCellFactory(l -> new NamedCell<>(s -> s == null ? i18n.t("dossiers.status.any") : i18n.t(s.messageKey())));
        status.setButtonCell(new NamedCell<>(s -> s == null ? i18n.t("dossiers.status.any") : i18n.t(s.messageKey())));
        status.setAccessibleText(i18n.t("dossiers.status.label"));
        status.valueProperty().addListener((o, was, now) -> vm.filterStatus(now));

        ComboBox<DossierDesk.ProcedureChoice> procedure = new ComboBox<>();
        procedure.setId("dossiers-procedure");
        procedure.getItems().add(null);
        procedure.setCellFactory(l -> new NamedCell<>(this::procedureText));
        procedure.setButtonCell(new NamedCell<>(this::procedureText));
        procedure.setPrefWidth(320);
        procedure.setAccessibleText(i18n.t("dossiers.procedure.label"));
        procedure.valueProperty().addListener((o, was, now) -> vm.filterProcedure(now == null ? null : now.code()));
        this.procedureBox = procedure;

        HBox bar = new HBox(8, searchIcon, search, status, procedure);
        bar.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(search, Priority.SOMETIMES);
        return bar;
    }

    private ComboBox<DossierDesk.ProcedureChoice> procedureBox;

    private String procedureText(DossierDesk.ProcedureChoice p) {
        return p == null ? i18n.t("dossiers.procedure.any") : p.code() + " – " + p.name();
    }

    private void procedures(List<DossierDesk.ProcedureChoice> list) {
        procedureBox.getItems().setAll(new java.util.ArrayList<>(java.util.Collections.singletonList(null)));
        procedureBox.getItems().addAll(list);
    }

    private void showFilter(DossierFilter f) {
        tabs.get(f.tab()).setSelected(true);
    }

    // ---- table: sorting in the database, selection kept across refreshes ----

    private void sortInDatabase(TableView<DossierLine> t) {
        TableColumn<DossierLine, ?> c = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
        DossierFilter.Sort sort = c == null ? null : (DossierFilter.Sort) c.getUserData();
        vm.sortBy(sort, c != null && c.getSortType() == TableColumn.SortType.DESCENDING);
    }

    private void restoreSelection() {
        if (vm.lines().isEmpty()) {
            return;
        }
        boolean any = false;
        for (int i = 0; i < vm.lines().size(); i++) {
            if (keptSelection.contains(vm.lines().get(i).code())) {
                table.getSelectionModel().select(i);
                any = true;
            }
        }
        if (!any && table.isFocused()) {
            table.getSelectionModel().select(0);
        }
        if (table.getSelectionModel().getSelectedIndex() >= 0) {
            table.getFocusModel().focus(table.getSelectionModel().getSelectedIndex());
        }
    }

    // ---- bottom: bulk actions, progress, paging ----

    private HBox bottomBar() {
        Button handOver = new Button(i18n.t("dossiers.handOver.button"), new FontIcon(Material2MZ.SEND));
        handOver.setId("dossiers-handOver");
        handOver.setOnAction(e -> handOver());
        Button ready = new Button(i18n.t("dossiers.resultReady.button"), new FontIcon(Material2AL.DONE_ALL));
        ready.setId("dossiers-resultReady");
        ready.setOnAction(e -> resultReady());
        var nothingChosen = javafx.beans.binding.Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        handOver.disableProperty().bind(nothingChosen.or(vm.workingProperty()));
        ready.disableProperty().bind(nothingChosen.or(vm.workingProperty()));

        ProgressBar progress = new ProgressBar();
        progress.setId("dossiers-progress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.workingProperty());
        progress.managedProperty().bind(vm.workingProperty());
        Label message = new Label();
        message.setId("dossiers-message");
        message.textProperty().bind(vm.messageProperty());

        Button previous = new Button(null, new FontIcon(Material2AL.CHEVRON_LEFT));
        previous.setId("dossiers-previous");
        previous.setAccessibleText(i18n.t("dossiers.page.previous"));
        previous.setOnAction(e -> vm.previousPage());
        Button next = new Button(null, new FontIcon(Material2AL.CHEVRON_RIGHT));
        next.setId("dossiers-next");
        next.setAccessibleText(i18n.t("dossiers.page.next"));
        next.setOnAction(e -> vm.nextPage());
        Label page = new Label();
        page.setId("dossiers-page");
        page.textProperty().bind(vm.pageTextProperty());

        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, handOver, ready, progress, message, grow, previous, page, next);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 12, 12));
        return bar;
    }

    private List<String> chosenCodes() {
        return table.getSelectionModel().getSelectedItems().stream().map(DossierLine::code).toList();
    }

    private void handOver() {
        List<String> codes = chosenCodes();
        if (codes.isEmpty()) {
            return;
        }
        ui.runner().run(() -> vm.desk().receivers(), receivers ->
                ui.dialogs().show(HandOverDialog.create(i18n, receivers, codes.size()))
                        .ifPresent(request -> vm.handOver(codes, request, this::summary)),
                e -> ui.fail(e, m -> ui.dialogs().error(i18n.t("dossiers.handOver.button"), m)));
    }

    private void resultReady() {
        List<String> codes = chosenCodes();
        if (codes.isEmpty()) {
            return;
        }
        String n = String.valueOf(codes.size());
        if (ui.dialogs().confirm(i18n.t("dossiers.resultReady.header", n), i18n.t("dossiers.resultReady.confirm", n),
                i18n.t("dossiers.resultReady.action", n))) {
            vm.resultReady(codes, this::summary);
        }
    }

    /** After a bulk action: how many moved, and each refused dossier with its reason. */
    private void summary(BulkOutcome outcome) {
        String header = i18n.t("dossiers.bulk.summary", String.valueOf(outcome.done().size()),
                String.valueOf(outcome.refused().size()));
        if (outcome.refused().isEmpty()) {
            ui.dialogs().information(header, i18n.t("dossiers.bulk.allDone"));
            return;
        }
        String lines = outcome.refused().stream().map(r -> i18n.t("dossiers.bulk.refusedLine", r.code(), r.reason()))
                .collect(Collectors.joining("\n"));
        ui.dialogs().warning(header, i18n.t("dossiers.bulk.refused") + "\n" + lines);
    }

    private static final class NamedCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> name;

        NamedCell(java.util.function.Function<T, String> name) {
            this.name = name;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : name.apply(item));
        }
    }
}
