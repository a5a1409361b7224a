package vn.motcua.ui.dossier;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/**
 * One dossier's story for the shell to show in a tab or a window: the header facts, the actions
 * its status allows (each a keyboard-first dialog), the timeline, the ledger's explanation, the
 * documents, its forms and the sync history. {@link #close()} releases everything it listens to.
 */
public final class DossierView {
    private final BorderPane root = new BorderPane();
    private final Ui ui;
    private final DossierViewModel vm;
    private final DossierActions actions;
    private final HBox actionBar = new HBox(6);
    private final FlowPane formButtons = new FlowPane(6, 6);
    private final GridPane facts = new GridPane();
    private Runnable onClose = () -> {
    };

    private DossierView(Ui ui, DossierDesk desk, DossierEvents changes, PdfOpener opener, String code) {
        this.ui = ui;
        this.vm = new DossierViewModel(ui, desk, changes, opener, code);
        this.actions = new DossierActions(vm, () -> root.getScene() == null ? null : root.getScene().getWindow());
        I18n i18n = ui.i18n();
        root.setId("dossier-view");
        root.setPadding(new Insets(12));
        root.setTop(top(i18n));
        SplitPane split = new SplitPane(timeline(i18n), side(i18n));
        split.setDividerPositions(0.58);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        root.setCenter(split);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        vm.actions().addListener((ListChangeListener<DossierAction>) c -> showActions(i18n));
        vm.facts().addListener((ListChangeListener<DossierViewModel.Fact>) c -> showFacts());
        vm.forms().addListener((ListChangeListener<String>) c -> showForms(i18n));
        root.getProperties().put(DossierView.class, this);
    }

    /** The view of dossier {@code code} for the logged-in clerk, loading at once; PDFs open in the system's reader. */
    public static DossierView open(AppContext context, Actor actor, Ui ui, DossierEvents changes, String code) {
        return open(DossierDesk.of(context, actor), ui, changes, PdfOpener.system(context.documents().store().viewDirectory()), code);
    }

    public static DossierView open(DossierDesk desk, Ui ui, DossierEvents changes, PdfOpener opener, String code) {
        DossierView view = new DossierView(ui, desk, changes, opener, code);
        view.vm.load();
        return view;
    }

    private VBox top(I18n i18n) {
        Label title = new Label();
        title.setId("dossier-title");
        title.getStyleClass().add("title-3");
        title.textProperty().bind(vm.titleProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button reload = new Button(i18n.t("ui.dossier.reload"), new FontIcon(Material2MZ.REFRESH));
        reload.setId("dossier-reload");
        reload.setOnAction(e -> vm.load());
        Button close = new Button(i18n.t("ui.dossier.close"));
        close.setId("dossier-close");
        close.setOnAction(e -> closeByUser());
        HBox head = new HBox(8, title, busy, spacer, reload, close);
        head.setAlignment(Pos.CENTER_LEFT);
        facts.setId("dossier-facts");
        facts.setHgap(12);
        facts.setVgap(4);
        Label warning = vn.motcua.ui.MessageLine.of("dossier-warning", vm.dueWarningProperty());
        warning.setGraphic(new FontIcon(Material2MZ.WARNING));
        warning.getStyleClass().add("warning");
        Label message = vn.motcua.ui.MessageLine.of("dossier-message", vm.messageProperty());
        javafx.beans.InvalidationListener style = o -> {
            message.getStyleClass().removeAll("danger", "success");
            message.getStyleClass().add(vm.messageIsErrorProperty().get() ? "danger" : "success");
        };
        vm.messageIsErrorProperty().addListener(style);
        vm.messageProperty().addListener(style);
        actionBar.setId("dossier-actions");
        actionBar.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, head, facts, warning, actionBar, message);
    }

    private VBox timeline(I18n i18n) {
        ListView<TimelineEntry> list = new ListView<>(vm.timeline());
        list.setId("dossier-timeline");
        list.setCellFactory(l -> {
            TimelineCell cell = new TimelineCell(i18n);
            cell.prefWidthProperty().bind(l.widthProperty().subtract(24)); // wrap instead of scrolling sideways
            return cell;
        });
        list.setPlaceholder(new Label(i18n.t("ui.dossier.timeline.none")));
        VBox.setVgrow(list, Priority.ALWAYS);
        return new VBox(6, heading(i18n.t("ui.dossier.timeline")), list);
    }

    private ScrollPane side(I18n i18n) {
        VBox box = new VBox(8,
                heading(i18n.t("ui.dossier.ledger")), list("dossier-ledger", vm.explanations(), i18n.t("ui.dossier.ledger.none")),
                heading(i18n.t("ui.dossier.documents")), list("dossier-documents", vm.documents(), i18n.t("ui.dossier.documents.none")),
                heading(i18n.t("ui.dossier.forms")), formButtons,
                heading(i18n.t("ui.dossier.syncHistory")), list("dossier-sync", vm.sync(), i18n.t("ui.dossier.syncHistory.none")));
        box.setPadding(new Insets(0, 0, 0, 8));
        formButtons.setId("dossier-forms");
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static ListView<String> list(String id, javafx.collections.ObservableList<String> items, String none) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        list.setPrefHeight(140);
        list.setPlaceholder(new Label(none));
        vn.motcua.ui.WrappingCells.apply(list);
        return list;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    private void showFacts() {
        facts.getChildren().clear();
        int i = 0;
        for (DossierViewModel.Fact f : vm.facts()) {
            Label label = new Label(f.label());
            label.getStyleClass().add("text-muted");
            Label value = new Label(f.value());
            value.setId("dossier-fact-" + f.id());
            value.setWrapText(true);
            facts.add(label, (i % 3) * 2, i / 3);
            facts.add(value, (i % 3) * 2 + 1, i / 3);
            i++;
        }
    }

    private void showActions(I18n i18n) {
        actionBar.getChildren().clear();
        for (DossierAction a : vm.actions()) {
            Button b = new Button(ActionDialogs.label(i18n, a));
            b.setId("dossier-action-" + a.name());
            b.setMnemonicParsing(true);
            b.disableProperty().bind(vm.busyProperty());
            if (a.ends()) {
                b.getStyleClass().add("danger");
            }
            if (a.combination() != null) {
                b.setTooltip(new javafx.scene.control.Tooltip(a.combination().getDisplayText()));
            }
            b.setOnAction(e -> actions.run(a));
            actionBar.getChildren().add(b);
        }
    }

    private void showForms(I18n i18n) {
        formButtons.getChildren().clear();
        for (String form : vm.forms()) {
            Button b = new Button(DossierActions.formLabel(i18n, form), new FontIcon(Material2MZ.PICTURE_AS_PDF));
            b.setId("dossier-form-" + form);
            b.disableProperty().bind(vm.busyProperty());
            b.setOnAction(e -> vm.openForm(form));
            formButtons.getChildren().add(b);
        }
    }

    private void shortcut(KeyEvent e) {
        if (DossierAction.RELOAD.match(e)) {
            vm.load();
            e.consume();
        } else if (DossierAction.CLOSE.match(e)) {
            closeByUser();
            e.consume();
        } else if (!vm.busyProperty().get()) {
            for (DossierAction a : vm.actions()) {
                if (a.combination() != null && a.combination().match(e)) {
                    e.consume();
                    actions.run(a);
                    return;
                }
            }
        }
    }

    private void closeByUser() {
        close();
        onClose.run();
    }

    /** What the shell does when the clerk closes the view (Ctrl+W, the close button): remove its tab. */
    public void setOnClose(Runnable onClose) {
        this.onClose = onClose == null ? () -> {
        } : onClose;
    }

    public Parent root() {
        return root;
    }

    public DossierViewModel viewModel() {
        return vm;
    }

    /** Stops listening for changes, closes the rating window if open; the view can then be collected. Idempotent. */
    public void close() {
        vm.close();
        actions.close();
    }

    /** For tests and the shell: the view shown in {@code node}, if it is one. */
    public static java.util.Optional<DossierView> of(Node node) {
        return java.util.Optional.ofNullable((DossierView) node.getProperties().get(DossierView.class));
    }
}
