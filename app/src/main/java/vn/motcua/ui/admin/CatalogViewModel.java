package vn.motcua.ui.admin;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.catalog.CatalogImport;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.ProcedureChange;
import vn.motcua.catalog.ProcedureIndex;
import vn.motcua.security.Actor;
import vn.motcua.ui.Ui;

/**
 * Danh mục thủ tục: the version in force, the versions before it, the procedures (with a folded
 * filter), and importing a province's file in two steps. The file is first read as a dry run and
 * its difference shown; only "apply" stores a new version, so a wrong file never replaces the
 * catalogue by a slip of the hand.
 */
public final class CatalogViewModel {
    private final StringProperty inForce = new SimpleStringProperty("");
    private final StringProperty filter = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<Path> pending = new ReadOnlyObjectWrapper<>();
    private final StringProperty addedHeader = new SimpleStringProperty("");
    private final StringProperty changedHeader = new SimpleStringProperty("");
    private final StringProperty removedHeader = new SimpleStringProperty("");
    private final ObservableList<ProcedureRow> procedures = FXCollections.observableArrayList();
    private final ObservableList<String> versions = FXCollections.observableArrayList();
    private final ObservableList<String> added = FXCollections.observableArrayList();
    private final ObservableList<String> changed = FXCollections.observableArrayList();
    private final ObservableList<String> removed = FXCollections.observableArrayList();
    private final Ui ui;
    private final CatalogService catalog;
    private final Actor actor;
    private ProcedureIndex index = ProcedureIndex.of(List.of());

    public CatalogViewModel(Ui ui, CatalogService catalog, Actor actor) {
        this.ui = ui;
        this.catalog = catalog;
        this.actor = actor;
        filter.addListener((o, a, b) -> applyFilter());
    }

    private record Loaded(CatalogVersion current, List<CatalogVersion> versions) {
    }

    /** Reads the version in force and the list of versions (in the background). */
    public void load() {
        ui.runner().run(() -> new Loaded(catalog.current(), catalog.versions()), this::show, e -> ui.fail(e, message::set));
    }

    private void show(Loaded loaded) {
        CatalogVersion c = loaded.current();
        inForce.set(ui.i18n().t("adminCatalog.inForce", c.version(), AdminText.instant(c.importedAt()),
                AdminText.orEmpty(c.source()), c.procedures().size()));
        // newest first: the one in force heads the list
        List<String> lines = new java.util.ArrayList<>();
        for (CatalogVersion v : loaded.versions()) {
            lines.add(0, ui.i18n().t("adminCatalog.versionLine", v.version(), AdminText.instant(v.importedAt()),
                    AdminText.orEmpty(v.source()), v.procedures().size()));
        }
        versions.setAll(lines);
        index = ProcedureIndex.of(c.procedures());
        applyFilter();
    }

    private void applyFilter() {
        procedures.setAll(index.search(filter.get(), Integer.MAX_VALUE).stream().map(ProcedureRow::of).toList());
    }

    /**
     * Reads {@code file} as a dry run and shows what it would change; nothing is stored. The
     * file chooser of the view calls this; tests call it with a real file.
     */
    public void importFile(Path file) {
        clearDiff();
        message.set("");
        busy.set(true);
        ui.runner().run(() -> catalog.importFile(actor, file, true), result -> {
            busy.set(false);
            if (result.unchanged()) {
                message.set(ui.i18n().t("adminCatalog.unchanged", result.version()));
            } else {
                showDiff(result);
                pending.set(file);
                message.set(ui.i18n().t("adminCatalog.checked", String.valueOf(file.getFileName()), result.version()));
            }
        }, error -> {
            busy.set(false);
            ui.fail(error, message::set);
        });
    }

    /** Stores the checked file as the new version in force. */
    public void apply() {
        Path file = pending.get();
        if (file == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        ui.runner().run(() -> catalog.importFile(actor, file, false), result -> {
            busy.set(false);
            clearDiff();
            message.set(result.unchanged() ? ui.i18n().t("adminCatalog.unchanged", result.version())
                    : ui.i18n().t("adminCatalog.stored", result.version(), result.added().size(), result.changed().size(),
                            result.removed().size()));
            load();
        }, error -> {
            busy.set(false);
            ui.fail(error, message::set);
        });
    }

    /** Drops the checked file; the catalogue stays as it is. */
    public void cancel() {
        if (pending.get() != null) {
            clearDiff();
            message.set(ui.i18n().t("adminCatalog.cancelled"));
        }
    }

    private void showDiff(CatalogImport result) {
        added.setAll(result.added().stream().map(CatalogViewModel::line).toList());
        // one line per difference: each wraps on its own in the list
        changed.setAll(result.changed().stream().flatMap(c -> java.util.stream.Stream.concat(java.util.stream.Stream.of(line(c)),
                c.differences().stream().map(d -> "    • " + d))).toList());
        removed.setAll(result.removed().stream().map(CatalogViewModel::line).toList());
        addedHeader.set(ui.i18n().t("adminCatalog.added", result.added().size()));
        changedHeader.set(ui.i18n().t("adminCatalog.changed", result.changed().size()));
        removedHeader.set(ui.i18n().t("adminCatalog.removed", result.removed().size()));
    }

    private static String line(ProcedureChange c) {
        return c.code() + " — " + c.name();
    }

    private void clearDiff() {
        pending.set(null);
        added.clear();
        changed.clear();
        removed.clear();
    }

    public StringProperty inForceProperty() {
        return inForce;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The checked file awaiting "apply"; {@code null} when no difference is shown. */
    public ReadOnlyObjectProperty<Path> pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public StringProperty addedHeaderProperty() {
        return addedHeader;
    }

    public StringProperty changedHeaderProperty() {
        return changedHeader;
    }

    public StringProperty removedHeaderProperty() {
        return removedHeader;
    }

    public ObservableList<ProcedureRow> procedures() {
        return procedures;
    }

    public ObservableList<String> versions() {
        return versions;
    }

    public ObservableList<String> added() {
        return added;
    }

    public ObservableList<String> changed() {
        return changed;
    }

    public ObservableList<String> removed() {
        return removed;
    }
}
