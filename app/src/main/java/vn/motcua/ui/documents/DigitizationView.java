package vn.motcua.ui.documents;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Slider;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.ui.I18n;
import vn.motcua.ui.KeyBinding;
import vn.motcua.ui.Ui;

/**
 * Số hóa: the dossier code on top, its components and their documents on the left, the staging
 * area on the right (toolbar, thumbnail strip, the selected page large), all by keyboard, and
 * files dropped anywhere on the screen are staged.
 */
public final class DigitizationView {
    private final BorderPane root = new BorderPane();
    private final Ui ui;
    private final DigitizationViewModel vm;

    public DigitizationView(Ui ui, DigitizationDesk desk) {
        this.ui = ui;
        this.vm = new DigitizationViewModel(ui, desk);
        I18n i18n = ui.i18n();
        root.setId(vn.motcua.ui.shell.Area.DIGITIZATION.id() + "-view");
        root.setPadding(new Insets(12));
        root.setTop(top(i18n));
        SplitPane split = new SplitPane(left(i18n), right(i18n));
        split.setDividerPositions(0.3);
        BorderPane.setMargin(split, new Insets(8, 0, 0, 0));
        root.setCenter(split);
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
        root.setOnDragOver(this::dragOver);
        root.setOnDragDropped(this::dragDropped);
        // tests drive the view model and the drop handler directly (no native dialogs or drags)
        root.getProperties().put(DigitizationViewModel.class, vm);
        root.getProperties().put(DigitizationView.class, this);
    }

    private VBox top(I18n i18n) {
        TextField code = new TextField();
        code.setId("digitize-code");
        code.setPromptText(i18n.t("digitize.code.prompt"));
        code.setPrefColumnCount(22);
        code.textProperty().bindBidirectional(vm.codeProperty());
        code.setOnAction(e -> vm.openDossier());
        Label codeLabel = new Label(i18n.t("digitize.code"));
        codeLabel.setMnemonicParsing(true);
        codeLabel.setLabelFor(code);
        Button open = new Button(i18n.t("digitize.open"));
        open.setId("digitize-open");
        open.setOnAction(e -> vm.openDossier());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty().and(vm.progressTextProperty().isEmpty()));
        Label title = new Label();
        title.setId("digitize-title");
        title.getStyleClass().add("title-4");
        title.textProperty().bind(vm.dossierTitleProperty());
        title.setMinWidth(0);
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox row = new HBox(8, codeLabel, code, open, busy, title);
        row.setAlignment(Pos.CENTER_LEFT);
        Label message = vn.motcua.ui.MessageLine.of("digitize-message", vm.messageProperty());
        Label status = vn.motcua.ui.MessageLine.of("digitize-status", vm.statusProperty());
        status.getStyleClass().add("text-muted");
        Label ocr = vn.motcua.ui.MessageLine.of("digitize-ocr", vm.ocrStatusProperty());
        ocr.getStyleClass().add("text-muted");
        return new VBox(6, row, message, status, ocr);
    }

    private VBox left(I18n i18n) {
        ListView<ComponentRow> components = new ListView<>(vm.components());
        components.setId("digitize-components");
        components.setPlaceholder(new Label(i18n.t("digitize.components.none")));
        components.setCellFactory(l -> new ComponentCell());
        components.setFixedCellSize(50);
        components.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.componentProperty().set(now);
            }
        });
        vm.componentProperty().addListener((o, was, now) -> {
            if (now != null && components.getSelectionModel().getSelectedItem() != now) {
                components.getSelectionModel().select(now);
            }
        });
        VBox.setVgrow(components, Priority.ALWAYS);
        ListView<DocumentRow> documents = new ListView<>(vm.documents());
        documents.setId("digitize-documents");
        documents.setPlaceholder(new Label(i18n.t("digitize.documents.none")));
        documents.setCellFactory(l -> new DocumentCell());
        documents.setPrefHeight(150);
        Button remove = new Button(i18n.t("digitize.remove"), new FontIcon(Material2AL.DELETE_OUTLINE));
        remove.setId("digitize-remove");
        remove.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            DocumentRow d = documents.getSelectionModel().getSelectedItem();
            return d == null || d.removed();
        }, documents.getSelectionModel().selectedItemProperty()).or(vm.busyProperty()));
        remove.setOnAction(e -> {
            DocumentRow d = documents.getSelectionModel().getSelectedItem();
            if (d != null) {
                RemoveDocumentDialog.ask(ui, d).ifPresent(reason -> vm.remove(d, reason));
            }
        });
        VBox box = new VBox(6, heading(i18n.t("digitize.components")), components, heading(i18n.t("digitize.documents")), documents, remove);
        box.setMinWidth(260);
        return box;
    }

    private VBox right(I18n i18n) {
        Button add = button("digitize-add", i18n.t("digitize.add"), Material2AL.ADD, KeyBinding.DIGITIZE_ADD, this::chooseFiles);
        Button scan = button("digitize-scan", i18n.t("desk.sources.scan"), Material2MZ.SCANNER, KeyBinding.DIGITIZE_SCAN, vm::scan);
        scan.disableProperty().bind(vm.canScanProperty().not());
        Button stack = button("digitize-stack", i18n.t("digitize.stack"), Material2AL.CALL_SPLIT, null, this::chooseStack);
        Button left = icon("digitize-rotateLeft", i18n.t("digitize.rotateLeft"), Material2MZ.ROTATE_LEFT, KeyBinding.DIGITIZE_ROTATE_LEFT,
                () -> vm.rotate(-1));
        Button right = icon("digitize-rotateRight", i18n.t("digitize.rotateRight"), Material2MZ.ROTATE_RIGHT,
                KeyBinding.DIGITIZE_ROTATE_RIGHT, () -> vm.rotate(1));
        Button earlier = icon("digitize-earlier", i18n.t("digitize.earlier"), Material2AL.ARROW_BACK, KeyBinding.DIGITIZE_EARLIER,
                () -> vm.move(-1));
        Button later = icon("digitize-later", i18n.t("digitize.later"), Material2AL.ARROW_FORWARD, KeyBinding.DIGITIZE_LATER,
                () -> vm.move(1));
        Button delete = icon("digitize-delete", i18n.t("digitize.delete"), Material2AL.DELETE_OUTLINE, KeyBinding.DIGITIZE_DELETE,
                vm::delete);
        Button undo = icon("digitize-undo", i18n.t("digitize.undo"), Material2MZ.UNDO, KeyBinding.DIGITIZE_UNDO, vm::undo);
        undo.disableProperty().bind(vm.staging().canUndoProperty().not());
        for (Button b : List.of(left, right, earlier, later, delete)) {
            b.disableProperty().bind(vm.staging().selectedProperty().isNull());
        }
        Button save = button("digitize-save", i18n.t("digitize.save"), Material2MZ.SAVE, KeyBinding.DIGITIZE_SAVE, vm::seal);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.busyProperty().or(Bindings.isEmpty(vm.staging().pages())));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(6, add, scan, stack, new Separator(Orientation.VERTICAL), left, right, earlier, later, delete, undo, spacer);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label blank = vn.motcua.ui.MessageLine.of("digitize-blankWarning", vm.blankWarningProperty());
        blank.setGraphic(new FontIcon(Material2MZ.WARNING));

        ListView<StagedPageItem> strip = strip(i18n);
        PageViewer viewer = new PageViewer(i18n, vm);
        Node review = new StackReviewPane(i18n, vm.stack()).root();
        review.visibleProperty().bind(vm.stack().fileProperty().isNotNull().or(vm.stack().busyProperty()));
        review.managedProperty().bind(review.visibleProperty());
        StackPane work = new StackPane(viewer.root(), review);
        VBox.setVgrow(work, Priority.ALWAYS);

        Slider zoom = new Slider(0.25, 4, 1);
        zoom.setId("digitize-zoom");
        zoom.valueProperty().bindBidirectional(vm.zoomProperty());
        zoom.setPrefWidth(180);
        zoom.setFocusTraversable(false);
        Label zoomText = new Label();
        zoomText.textProperty().bind(Bindings.createStringBinding(() -> Math.round(vm.zoomProperty().get() * 100) + " %",
                vm.zoomProperty()));
        zoomText.setMinWidth(50);
        Label zoomLabel = new Label(i18n.t("digitize.zoom"), new FontIcon(Material2MZ.ZOOM_IN));
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        zoom.setMinWidth(100);
        ProgressBar bar = new ProgressBar();
        bar.setId("digitize-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(220);
        Label progressText = new Label();
        progressText.setId("digitize-progressText");
        progressText.textProperty().bind(vm.progressTextProperty());
        HBox progress = new HBox(8, bar, progressText);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.progressTextProperty().isNotEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, progress, gap, zoomLabel, zoom, zoomText, save);
        bottom.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, tools, blank, strip, work, bottom);
        box.setPadding(new Insets(0, 0, 0, 8));
        return box;
    }

    private ListView<StagedPageItem> strip(I18n i18n) {
        ListView<StagedPageItem> strip = new ListView<>(vm.staging().pages());
        strip.setId("digitize-pages");
        strip.setOrientation(Orientation.HORIZONTAL);
        strip.setCellFactory(l -> new PageCell(i18n));
        strip.setFixedCellSize(PageCell.FRAME + 12);
        strip.setMinHeight(PageCell.FRAME + 48);
        strip.setPrefHeight(PageCell.FRAME + 48);
        strip.setPlaceholder(new Label(i18n.t("digitize.pages.none")));
        boolean[] syncing = {false};
        strip.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (!syncing[0] && now != null) {
                vm.staging().selectedProperty().set(now);
            }
        });
        vm.staging().selectedProperty().addListener((o, was, now) -> {
            syncing[0] = true;
            if (now == null) {
                strip.getSelectionModel().clearSelection();
            } else {
                strip.getSelectionModel().select(now);
                strip.scrollTo(now);
            }
            syncing[0] = false;
        });
        // a move re-inserts the page: keep it selected in the strip too
        vm.staging().pages().addListener((javafx.collections.ListChangeListener<StagedPageItem>) c -> {
            StagedPageItem now = vm.staging().selectedProperty().get();
            if (now != null && strip.getSelectionModel().getSelectedItem() != now) {
                syncing[0] = true;
                strip.getSelectionModel().select(now);
                syncing[0] = false;
            }
        });
        return strip;
    }

    private void shortcut(KeyEvent e) {
        boolean typing = root.getScene() != null && root.getScene().getFocusOwner() instanceof TextInputControl;
        Runnable action = null;
        if (KeyBinding.DIGITIZE_ADD.combination().match(e)) {
            action = this::chooseFiles;
        } else if (KeyBinding.DIGITIZE_SCAN.combination().match(e)) {
            action = vm::scan;
        } else if (KeyBinding.DIGITIZE_SAVE.combination().match(e)) {
            action = vm::seal;
        } else if (KeyBinding.DIGITIZE_ROTATE_LEFT.combination().match(e)) {
            action = () -> vm.rotate(-1);
        } else if (KeyBinding.DIGITIZE_ROTATE_RIGHT.combination().match(e)) {
            action = () -> vm.rotate(1);
        } else if (KeyBinding.ZOOM_IN.combination().match(e) || e.isShortcutDown() && (e.getCode() == KeyCode.ADD || e.getCode() == KeyCode.PLUS)) {
            action = vm::zoomIn;
        } else if (KeyBinding.ZOOM_OUT.combination().match(e) || e.isShortcutDown() && e.getCode() == KeyCode.SUBTRACT) {
            action = vm::zoomOut;
        } else if (KeyBinding.ZOOM_RESET.combination().match(e) || e.isShortcutDown() && e.getCode() == KeyCode.NUMPAD0) {
            action = vm::zoomReset;
        } else if (!typing && KeyBinding.DIGITIZE_EARLIER.combination().match(e)) {
            action = () -> vm.move(-1);
        } else if (!typing && KeyBinding.DIGITIZE_LATER.combination().match(e)) {
            action = () -> vm.move(1);
        } else if (!typing && KeyBinding.DIGITIZE_DELETE.combination().match(e)) {
            action = vm::delete;
        } else if (!typing && KeyBinding.DIGITIZE_UNDO.combination().match(e)) {
            action = vm::undo;
        }
        if (action != null) {
            action.run();
            e.consume(); // Ctrl+L here turns a page; it must not reach the log-out accelerator
        }
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() || e.getDragboard().hasString() || e.getDragboard().hasUrl()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void dragDropped(DragEvent e) {
        boolean files = e.getDragboard().hasFiles();
        drop(files ? e.getDragboard().getFiles() : null);
        e.setDropCompleted(files);
        e.consume();
    }

    /** What a drop does: files are staged (other kinds refused by name); anything that is not a file is refused. */
    public void drop(List<File> files) {
        if (files == null || files.isEmpty()) {
            vm.messageProperty().set(ui.i18n().t("digitize.drop.filesOnly"));
            return;
        }
        vm.addFiles(files.stream().map(File::toPath).toList());
    }

    private void chooseFiles() {
        FileChooser chooser = chooser(ui.i18n().t("digitize.add.title"));
        List<File> files = chooser.showOpenMultipleDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (files != null) {
            vm.addFiles(files.stream().map(File::toPath).toList());
        }
    }

    private void chooseStack() {
        File file = chooser(ui.i18n().t("digitize.stack.title")).showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file != null) {
            vm.stack().choose(file.toPath());
        }
    }

    private FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(ui.i18n().t("digitize.add.filter"), "*.jpg", "*.jpeg", "*.png", "*.tif", "*.tiff", "*.pdf",
                        "*.JPG", "*.JPEG", "*.PNG", "*.TIF", "*.TIFF", "*.PDF"),
                new FileChooser.ExtensionFilter(ui.i18n().t("digitize.add.all"), "*"));
        return chooser;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        return label;
    }

    private static Button button(String id, String text, Ikon icon, KeyBinding key, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        if (key != null) {
            b.setTooltip(new Tooltip(b.getText().replace("_", "") + " (" + key.combination().getDisplayText() + ")"));
        }
        return b;
    }

    private static Button icon(String id, String text, Ikon icon, KeyBinding key, Runnable action) {
        Button b = button(id, null, icon, null, action);
        b.setAccessibleText(text);
        b.setTooltip(new Tooltip(text + " (" + key.combination().getDisplayText() + ")"));
        b.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        return b;
    }

    public Parent root() {
        return root;
    }

    public DigitizationViewModel viewModel() {
        return vm;
    }

    private static final class ComponentCell extends ListCell<ComponentRow> {
        @Override
        protected void updateItem(ComponentRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                setText(null);
                setTooltip(null);
                return;
            }
            Ikon ikon = switch (row.state()) {
                case DIGITIZED -> Material2AL.CHECK_CIRCLE;
                case NOT_YET -> Material2MZ.RADIO_BUTTON_UNCHECKED;
                case NOT_NEEDED -> Material2AL.BLOCK;
            };
            Label title = new Label(row.title());
            title.setMinWidth(0);
            setPrefWidth(0); // the list's width, not the title's: long names end in "…" (full name in the tooltip)
            setTooltip(new Tooltip(row.title()));
            Label state = new Label(row.stateText(), new FontIcon(ikon));
            state.getStyleClass().add(row.state() == ComponentRow.State.DIGITIZED ? "success" : "text-muted");
            VBox box = new VBox(2, title, state);
            box.setMinWidth(0);
            setText(null);
            setGraphic(box);
            setAccessibleText(row.title() + ": " + row.stateText());
        }
    }

    private static final class DocumentCell extends ListCell<DocumentRow> {
        @Override
        protected void updateItem(DocumentRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().remove("text-muted");
            setOpacity(1);
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(row.text());
            setWrapText(true);
            setPrefWidth(0);
            if (row.removed()) {
                setOpacity(0.55);
            }
        }
    }
}
