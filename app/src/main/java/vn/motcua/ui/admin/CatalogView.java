package vn.motcua.ui.admin;

import vn.motcua.ui.FilePick;
import vn.motcua.ui.Tables;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.motcua.ui.I18n;
import vn.motcua.ui.WrappingCells;

/**
 * Danh mục thủ tục: the procedures in force with a filter, the versions, and the import: choose
 * a file, read its difference, apply it or cancel. While a difference is shown it takes the
 * table's place, so the administrator decides looking at it.
 */
public final class CatalogView {
    private final VBox root;

    public CatalogView(I18n i18n, CatalogViewModel vm) {
        Label inForce = new Label();
        inForce.setId("catalogInForce");
        inForce.getStyleClass().add("title-4");
        inForce.setWrapText(true);
        inForce.textProperty().bind(vm.inForceProperty());

        Button choose = new Button(i18n.t("adminCatalog.import"));
        choose.setId("catalogImport");
        choose.setMnemonicParsing(true);
        Supplier<Optional<Path>> pick = () -> FilePick.open(choose, i18n.t("adminCatalog.chooseTitle"),
                i18n.t("adminCatalog.fileFilter"), "*.json", "*.xlsx", "*.JSON", "*.XLSX");
        choose.setOnAction(e -> pick.get().ifPresent(vm::importFile));
        choose.disableProperty().bind(vm.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("catalogProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(vm.busyProperty());
        choose.setMinWidth(Region.USE_PREF_SIZE);
        inForce.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(inForce, Priority.ALWAYS);
        inForce.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(12, inForce, progress, choose);
        top.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("catalogMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(vm.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());

        VBox browse = browse(i18n, vm);
        VBox diff = diff(i18n, vm);
        browse.visibleProperty().bind(vm.pendingProperty().isNull());
        browse.managedProperty().bind(browse.visibleProperty());
        diff.visibleProperty().bind(vm.pendingProperty().isNotNull());
        diff.managedProperty().bind(diff.visibleProperty());
        VBox.setVgrow(browse, Priority.ALWAYS);
        VBox.setVgrow(diff, Priority.ALWAYS);

        root = new VBox(12, top, message, browse, diff);
        root.setId("catalogView");
        // the native file dialog cannot be driven by tests: they hand the view model a file
        root.getProperties().put(CatalogViewModel.class, vm);
        root.setPadding(new Insets(16));
        vm.load();
    }

    private static VBox browse(I18n i18n, CatalogViewModel vm) {
        TextField filter = new TextField();
        filter.setId("catalogFilter");
        filter.setPromptText(i18n.t("adminCatalog.filterHint"));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            }
        });
        Label filterLabel = new Label(i18n.t("adminCatalog.filter"));
        filterLabel.setMnemonicParsing(true);
        filterLabel.setLabelFor(filter);
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox filterRow = new HBox(8, filterLabel, filter);
        filterRow.setAlignment(Pos.CENTER_LEFT);

        TableView<ProcedureRow> table = Tables.table("catalogTable", i18n.t("adminCatalog.noMatch"));
        table.getColumns().setAll(java.util.List.of(
                Tables.<ProcedureRow>column(i18n.t("catalog.column.code"), 80, ProcedureRow::code),
                Tables.<ProcedureRow>column(i18n.t("catalog.column.name"), 380, ProcedureRow::name),
                Tables.<ProcedureRow>column(i18n.t("catalog.column.field"), 120, ProcedureRow::field),
                Tables.<ProcedureRow>column(i18n.t("catalog.column.time"), 200, ProcedureRow::time),
                Tables.<ProcedureRow>column(i18n.t("catalog.column.fee"), 220, ProcedureRow::fee)));
        table.setItems(vm.procedures());
        VBox.setVgrow(table, Priority.ALWAYS);

        ListView<String> versions = new ListView<>(vm.versions());
        versions.setId("catalogVersions");
        versions.setPrefHeight(96);
        versions.setFocusTraversable(false);
        TitledPane versionPane = new TitledPane(i18n.t("adminCatalog.versions"), versions);
        versionPane.setExpanded(false);
        versionPane.setId("catalogVersionsPane");
        VBox box = new VBox(10, filterRow, table, versionPane);
        box.setId("catalogBrowse");
        return box;
    }

    private static VBox diff(I18n i18n, CatalogViewModel vm) {
        TitledPane added = section("catalogAdded", vm.added(), vm.addedHeaderProperty());
        TitledPane changed = section("catalogChanged", vm.changed(), vm.changedHeaderProperty());
        TitledPane removed = section("catalogRemoved", vm.removed(), vm.removedHeaderProperty());
        VBox.setVgrow(changed, Priority.ALWAYS);
        Button apply = new Button(i18n.t("adminCatalog.apply"));
        apply.setId("catalogApply");
        apply.setMnemonicParsing(true);
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> vm.apply());
        apply.disableProperty().bind(vm.busyProperty());
        Button cancel = new Button(i18n.t("adminCatalog.cancel"));
        cancel.setId("catalogCancel");
        cancel.setMnemonicParsing(true);
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.busyProperty());
        Label note = new Label(i18n.t("adminCatalog.applyNote"));
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        HBox buttons = new HBox(12, apply, cancel);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(10, added, changed, removed, note, buttons);
        box.setId("catalogDiff");
        // Esc anywhere in the difference cancels, as in the dialogs
        box.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                vm.cancel();
                e.consume();
            }
        });
        vm.pendingProperty().addListener((o, a, b) -> {
            if (b != null) {
                apply.requestFocus();
            }
        });
        return box;
    }

    private static TitledPane section(String id, ObservableList<String> items, javafx.beans.property.StringProperty header) {
        ListView<String> list = new ListView<>(items);
        list.setId(id);
        // an empty section stays a line high, so the others get the room
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.when(javafx.beans.binding.Bindings.isEmpty(items))
                .then(36.0).otherwise(160.0));
        list.setPlaceholder(new Label("—"));
        WrappingCells.apply(list);
        TitledPane pane = new TitledPane();
        pane.setId(id + "Pane");
        pane.textProperty().bind(header);
        pane.setContent(list);
        pane.setCollapsible(false);
        VBox.setVgrow(pane, Priority.SOMETIMES);
        return pane;
    }

    public Parent root() {
        return root;
    }
}
