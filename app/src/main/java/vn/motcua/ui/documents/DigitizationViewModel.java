package vn.motcua.ui.documents;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.ComponentSource;
import vn.motcua.common.Text;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.BlankPage;
import vn.motcua.documents.DossierDocument;
import vn.motcua.documents.PagePreviews;
import vn.motcua.documents.StagedPage;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierComponent;
import vn.motcua.ui.Ui;

/**
 * Số hóa: open a dossier by its code, see which components are digitized, stage pages (files
 * chosen, dropped or arriving from the scanner's folder), arrange them and seal them into the
 * selected component. Blank-looking pages are flagged, never dropped: the clerk decides.
 */
public final class DigitizationViewModel {
    /** Longer side of the picture a page is judged blank on. */
    static final int CHECK_PIXELS = 600;
    static final int THUMB_PIXELS = 180;
    static final int LARGE_PIXELS = 1600;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(WorkCalendar.ZONE);

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty dossierTitle = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty ocrStatus = new SimpleStringProperty("");
    private final BooleanProperty scannerSet = new SimpleBooleanProperty();
    private final StringProperty blankWarning = new SimpleStringProperty("");
    private final StringProperty progressText = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<String> openCode = new SimpleObjectProperty<>();
    private final ObservableList<ComponentRow> components = FXCollections.observableArrayList();
    private final ObjectProperty<ComponentRow> component = new SimpleObjectProperty<>();
    private final ObservableList<DocumentRow> documents = FXCollections.observableArrayList();
    private final ObjectProperty<Image> large = new SimpleObjectProperty<>();
    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final PageStaging staging = new PageStaging();
    private final StackReview stack;
    private final Ui ui;
    private final DigitizationDesk desk;
    private final Executor fx;
    private final AtomicLong largeToken = new AtomicLong();
    private List<DocumentRow> allDocuments = List.of();
    // held here, registered weakly: a screen rebuilt for a new language lets the old one go
    private final ChangeListener<String> sourceEvent = (o, was, now) -> status.set(now);
    private final ChangeListener<Number> filed = (o, was, now) -> reopenAfterFiling();

    public DigitizationViewModel(Ui ui, DigitizationDesk desk) {
        this(ui, desk, Platform::runLater);
    }

    /** @param fx runs progress updates, reported on a worker thread, on the FX thread */
    DigitizationViewModel(Ui ui, DigitizationDesk desk, Executor fx) {
        this.ui = ui;
        this.desk = desk;
        this.fx = fx;
        this.stack = new StackReview(ui, desk, this::reopenIfAmong, message::set);
        component.addListener((o, was, now) -> showDocuments());
        staging.pages().addListener((ListChangeListener<StagedPageItem>) c -> updateBlankWarning());
        staging.selectedProperty().addListener((o, was, now) -> showLarge(now));
        desk.sources().ifPresent(this::attach);
    }

    private void attach(DeskSources sources) {
        ocrStatus.bind(sources.ocrLineProperty());
        scannerSet.bind(sources.scannerSetProperty());
        status.set(sources.sourceLineProperty().get());
        sources.sourceLineProperty().addListener(new WeakChangeListener<>(sourceEvent));
        sources.filings().addListener(new WeakChangeListener<>(filed));
        component.addListener((o, was, now) -> aim(sources));
        openCode.addListener((o, was, now) -> aim(sources));
        aim(sources);
    }

    /** The hot folder files into what the clerk has selected here, or holds files while nothing is. */
    private void aim(DeskSources sources) {
        ComponentRow c = component.get();
        if (openCode.get() != null && c != null) {
            sources.setTarget(openCode.get(), c.code());
        } else {
            sources.clearTarget();
        }
    }

    private void reopenAfterFiling() {
        if (openCode.get() != null && !busy.get()) {
            load(openCode.get(), component.get() == null ? null : component.get().code());
        }
    }

    // ---- the dossier ------------------------------------------------------------------------

    /** Opens the dossier typed in the code field (Enter). */
    public void openDossier() {
        String typed = Text.nfcOrNull(code.get() == null ? null : code.get().trim());
        if (typed == null) {
            message.set(ui.i18n().t("digitize.code.empty"));
            return;
        }
        load(typed, null);
    }

    private record Loaded(Dossier dossier, List<DossierDocument> linked) {
    }

    private void load(String dossierCode, String keepComponent) {
        busy.set(true);
        ui.runner().run(() -> {
            Optional<Dossier> d = desk.dossier(dossierCode);
            return d.map(x -> new Loaded(x, desk.linked(x.code()))).orElse(null);
        }, loaded -> {
            busy.set(false);
            if (loaded == null) {
                message.set(ui.i18n().t("digitize.code.unknown", dossierCode));
                return;
            }
            show(loaded, keepComponent);
        }, e -> {
            busy.set(false);
            ui.fail(e, message::set);
        });
    }

    private void show(Loaded loaded, String keepComponent) {
        Dossier d = loaded.dossier();
        boolean sameDossier = d.code().equals(openCode.get());
        openCode.set(d.code());
        code.set(d.code());
        dossierTitle.set(ui.i18n().t("digitize.dossier.title", d.code(), d.procedureName(),
                d.ownerName() != null ? d.ownerName() : d.applicant().fullName()));
        allDocuments = loaded.linked().stream().map(this::row).toList();
        List<ComponentRow> rows = d.components().stream().map(c -> componentRow(c, loaded.linked())).toList();
        components.setAll(rows);
        String select = sameDossier && keepComponent != null ? keepComponent
                : rows.stream().filter(r -> r.state() == ComponentRow.State.NOT_YET).map(ComponentRow::code).findFirst()
                        .orElse(rows.isEmpty() ? null : rows.get(0).code());
        component.set(rows.stream().filter(r -> r.code().equals(select)).findFirst().orElse(null));
        showDocuments();
        if (!sameDossier) {
            message.set("");
        }
    }

    private ComponentRow componentRow(DossierComponent c, List<DossierDocument> linked) {
        int pages = linked.stream().filter(x -> x.componentCode().equals(c.code()) && x.removedAt() == null)
                .mapToInt(DossierDocument::pages).sum();
        boolean any = linked.stream().anyMatch(x -> x.componentCode().equals(c.code()) && x.removedAt() == null);
        ComponentRow.State state = any ? ComponentRow.State.DIGITIZED
                : c.source() == ComponentSource.COLLECT_PAPER ? ComponentRow.State.NOT_YET : ComponentRow.State.NOT_NEEDED;
        String text = switch (state) {
            case DIGITIZED -> ui.i18n().t("digitize.state.digitized", pages);
            case NOT_YET -> ui.i18n().t("digitize.state.notYet");
            case NOT_NEEDED -> ui.i18n().t("digitize.state.notNeeded");
        };
        return new ComponentRow(c.code(), c.name(), state, pages, text);
    }

    private DocumentRow row(DossierDocument d) {
        String base = ui.i18n().t("digitize.document", d.fileName(), d.pages(), WHEN.format(d.createdAt()), d.createdBy());
        String text = d.removedAt() == null ? base
                : base + "\n" + ui.i18n().t("digitize.document.removed", WHEN.format(d.removedAt()), d.removedBy(), d.removalReason());
        return new DocumentRow(d.id(), d.componentCode(), d.fileName(), text, d.removedAt() != null);
    }

    private void showDocuments() {
        ComponentRow c = component.get();
        documents.setAll(c == null ? List.of() : allDocuments.stream().filter(d -> d.componentCode().equals(c.code())).toList());
    }

    /** Unlinks a document (tombstone, reason required); the component's state is refreshed. */
    public void remove(DocumentRow document, String reason) {
        if (document == null || document.removed()) {
            return;
        }
        String keep = component.get() == null ? null : component.get().code();
        busy.set(true);
        ui.runner().run(() -> desk.remove(document.id(), reason), removed -> {
            busy.set(false);
            message.set(ui.i18n().t("digitize.removed", removed.fileName()));
            load(openCode.get(), keep);
        }, e -> {
            busy.set(false);
            ui.fail(e, message::set);
        });
    }

    private void reopenIfAmong(List<String> codes) {
        if (openCode.get() != null && codes.contains(openCode.get())) {
            load(openCode.get(), component.get() == null ? null : component.get().code());
        }
    }

    // ---- staging ----------------------------------------------------------------------------

    private record Counted(List<StagedPageItem> items, List<String> refused) {
    }

    /** Stages every page of {@code files} (chosen or dropped); files of other kinds are refused with a sentence each. */
    public void addFiles(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        ui.runner().run(() -> count(files), counted -> {
            staging.add(counted.items());
            message.set(String.join("\n", counted.refused()));
            counted.items().forEach(this::render);
        }, e -> ui.fail(e, message::set));
    }

    /**
     * The seam for the scanner's hot folder: new scans arrived, stage them like added files and
     * say so in the status line.
     */
    public void pagesArrived(List<Path> files) {
        if (files == null || files.isEmpty()) {
            return;
        }
        status.set(ui.i18n().t("digitize.arrived", files.size()));
        addFiles(files);
    }

    private Counted count(List<Path> files) {
        List<StagedPageItem> items = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Path file : files) {
            String name = String.valueOf(file.getFileName());
            if (!Files.isRegularFile(file)) {
                refused.add(ui.i18n().t("digitize.notAFile", name));
                continue;
            }
            try {
                int pages = desk.pageCount(file);
                for (int p = 0; p < pages; p++) {
                    items.add(new StagedPageItem(file, p, pages == 1 ? name : ui.i18n().t("digitize.page.ofFile", name, p + 1)));
                }
            } catch (UserFacingException e) {
                refused.add(ui.i18n().t(e));
            }
        }
        return new Counted(items, refused);
    }

    private record Preview(Image thumbnail, boolean blank) {
    }

    private void render(StagedPageItem item) {
        ui.runner().run(() -> {
            BufferedImage check = desk.preview(item.file(), item.pageIndex(), CHECK_PIXELS);
            return new Preview(FxPictures.of(PagePreviews.fit(check, THUMB_PIXELS)), BlankPage.isLikelyBlank(check));
        }, p -> {
            item.thumbnailProperty().set(p.thumbnail());
            item.blankProperty().set(p.blank());
            item.readyProperty().set(true);
            updateBlankWarning();
        }, e -> {
            item.problemProperty().set(e instanceof UserFacingException u ? ui.i18n().t(u) : String.valueOf(e.getMessage()));
            item.readyProperty().set(true);
        });
    }

    private void showLarge(StagedPageItem item) {
        long token = largeToken.incrementAndGet();
        large.set(null);
        if (item == null) {
            return;
        }
        ui.runner().run(() -> FxPictures.of(desk.preview(item.file(), item.pageIndex(), LARGE_PIXELS)), image -> {
            if (largeToken.get() == token) { // the clerk may have moved on meanwhile
                large.set(image);
            }
        }, e -> { });
    }

    private void updateBlankWarning() {
        long blank = staging.blankCount();
        blankWarning.set(blank == 0 ? "" : ui.i18n().t("digitize.blankWarning", blank));
    }

    public void rotate(int quarters) {
        staging.rotate(quarters);
    }

    public void move(int delta) {
        staging.move(delta);
    }

    public void delete() {
        staging.delete();
    }

    public void undo() {
        staging.undo();
    }

    public void zoomIn() {
        zoom.set(Math.min(4, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(0.25, zoom.get() / 1.25));
    }

    public void zoomReset() {
        zoom.set(1);
    }

    // ---- sealing ----------------------------------------------------------------------------

    /** Seals the staged pages into the selected component (Ctrl+S); the staging stays if anything fails. */
    public void seal() {
        ComponentRow c = component.get();
        if (busy.get()) {
            return;
        }
        if (openCode.get() == null || c == null) {
            message.set(ui.i18n().t("digitize.seal.noComponent"));
            return;
        }
        List<StagedPage> pages = staging.arranged();
        if (pages.isEmpty()) {
            message.set(ui.i18n().t("digitize.seal.noPages"));
            return;
        }
        busy.set(true);
        progress.set(0);
        progressText.set(ui.i18n().t("digitize.seal.progress", 0, pages.size()));
        AtomicBoolean pending = new AtomicBoolean();
        int[] latest = new int[2];
        String dossierCode = openCode.get();
        ui.runner().run(() -> desk.seal(dossierCode, c.code(), pages, (done, total) -> {
            synchronized (latest) {
                latest[0] = done;
                latest[1] = total;
            }
            if (pending.compareAndSet(false, true)) { // one update in flight at a time: the FX queue never floods
                fx.execute(() -> {
                    pending.set(false);
                    int d;
                    int t;
                    synchronized (latest) {
                        d = latest[0];
                        t = latest[1];
                    }
                    if (busy.get()) {
                        progress.set((double) d / t);
                        progressText.set(ui.i18n().t("digitize.seal.progress", d, t));
                    }
                });
            }
        }), done -> {
            busy.set(false);
            progressText.set("");
            staging.clear();
            message.set(ui.i18n().t("digitize.sealed", done.pages(), c.code(), dossierCode));
            load(dossierCode, c.code());
            desk.sources().ifPresent(DeskSources::nudgeOcr);
        }, e -> {
            busy.set(false);
            progressText.set("");
            ui.fail(e, message::set);
        });
    }

    // ---- the scanner -------------------------------------------------------------------------

    /** Runs the desk's scanner command into the selected component (Ctrl+Shift+S); the outcome goes to the message line. */
    public void scan() {
        ComponentRow c = component.get();
        Optional<DeskSources> sources = desk.sources();
        if (busy.get() || sources.isEmpty() || !scannerSet.get()) {
            return;
        }
        if (openCode.get() == null || c == null) {
            message.set(ui.i18n().t("digitize.seal.noComponent"));
            return;
        }
        String dossierCode = openCode.get();
        busy.set(true);
        message.set(ui.i18n().t("desk.sources.scan.running"));
        ui.runner().run(() -> sources.get().scan(dossierCode, c.code()), outcome -> {
            busy.set(false);
            message.set(switch (outcome.status()) {
                case FILED -> String.join("\n", outcome.documents().stream().map(d -> ui.i18n().t("scan.event.filed",
                        outcome.fileName(), d.componentCode(), d.dossierCode(), String.valueOf(d.document().pages()))).toList());
                case WAITING -> ui.i18n().t("scan.event.waiting", outcome.fileName());
                case REFUSED -> ui.i18n().t("scan.event.refused", outcome.fileName(), outcome.message());
            });
            load(dossierCode, c.code());
        }, e -> {
            busy.set(false);
            ui.fail(e, message::set);
        });
    }

    /** True when a scan can start: a scanner command is set, a component selected, nothing running. */
    public BooleanBinding canScanProperty() {
        return scannerSet.and(component.isNotNull()).and(openCode.isNotNull()).and(busy.not());
    }

    /** The background OCR's state in one sentence (empty without desk sources). */
    public StringProperty ocrStatusProperty() {
        return ocrStatus;
    }

    // ---- properties -------------------------------------------------------------------------

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty dossierTitleProperty() {
        return dossierTitle;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The hot-folder line ("3 tệp mới từ máy quét"). */
    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty blankWarningProperty() {
        return blankWarning;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The code of the open dossier; {@code null} before one is opened. */
    public ObjectProperty<String> openCodeProperty() {
        return openCode;
    }

    public ObservableList<ComponentRow> components() {
        return components;
    }

    public ObjectProperty<ComponentRow> componentProperty() {
        return component;
    }

    /** The documents of the selected component, removed ones included. */
    public ObservableList<DocumentRow> documents() {
        return documents;
    }

    public ObjectProperty<Image> largeProperty() {
        return large;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public PageStaging staging() {
        return staging;
    }

    public StackReview stack() {
        return stack;
    }
}
