package vn.motcua.ui.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import vn.motcua.AppContext;
import vn.motcua.common.Messages;
import vn.motcua.documents.ocr.TextLayerQueue;
import vn.motcua.documents.ocr.TextLayerWorker;
import vn.motcua.documents.source.DossierSink;
import vn.motcua.documents.source.FiledDocument;
import vn.motcua.documents.source.HotFolder;
import vn.motcua.documents.source.HotFolderListener;
import vn.motcua.documents.source.ScannerCommand;
import vn.motcua.documents.source.SourceIntake;
import vn.motcua.documents.source.SourceOutcome;
import vn.motcua.documents.source.Target;
import vn.motcua.security.Actor;
import vn.motcua.storage.Settings;
import vn.motcua.ui.Ui;

/**
 * What feeds the digitization screen while a clerk is logged in: the scanner's hot folder, the
 * scanner command and the background OCR worker. Created by the shell after log-in, closed at
 * log-out/exit; {@link #apply(Settings)} follows a settings change. Events from the sources'
 * own threads reach the two status lines on the FX thread; {@link #filings()} counts filings so
 * the screen can refresh the component states.
 */
public final class DeskSources implements AutoCloseable {
    private static final Duration OCR_EVERY = Duration.ofMinutes(5);

    private final Ui ui;
    private final AppContext context;
    private final DossierSink sink;
    private final ReadOnlyStringWrapper sourceLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ocrLine = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper filings = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper scannerSet = new ReadOnlyBooleanWrapper();
    private final HotFolderListener events = new Events();
    private Settings settings;
    private HotFolder hotFolder;
    private TextLayerWorker ocr;
    private volatile Target target;
    private volatile boolean closed;
    private final Actor actor;

    private DeskSources(Ui ui, AppContext context, Actor actor) {
        this.actor = actor;
        this.ui = ui;
        this.context = context;
        this.sink = new DossierSink(context.documents(), context.dossiers(), actor);
    }

    /** Starts the hot folder and the OCR worker the desk's settings ask for. Call on the FX thread. */
    public static DeskSources start(Ui ui, AppContext context, Actor actor, Settings settings) {
        DeskSources sources = new DeskSources(ui, context, actor);
        sources.apply(settings);
        return sources;
    }

    /** Follows changed settings: the hot folder restarts when its folder (or the language) changed, OCR starts or stops. */
    public void apply(Settings updated) {
        Settings before = settings;
        settings = updated;
        scannerSet.set(updated.scanCommand() != null);
        if (before == null || !Objects.equals(before.hotFolder(), updated.hotFolder()) || before.language() != updated.language()) {
            restartHotFolder(updated.hotFolder());
        }
        if (before == null || before.ocrEnabled() != updated.ocrEnabled()) {
            restartOcr(updated.ocrEnabled());
        }
    }

    private void restartHotFolder(Path folder) {
        if (hotFolder != null) {
            hotFolder.close();
            hotFolder = null;
        }
        sourceLine.set("");
        // only for someone who may digitize: a chair at this PC leaves the scans for the clerk
        if (folder != null && !closed && actor.may(vn.motcua.security.Permission.DIGITIZE)) {
            hotFolder = new HotFolder(folder, sink, Messages.of(ui.i18n().language()), events);
            Target t = target;
            if (t != null) {
                hotFolder.setTarget(t.dossierCode(), t.componentCode());
            }
            hotFolder.start(); // a missing folder is told through events.unavailable, the desk keeps working
        }
    }

    private void restartOcr(boolean enabled) {
        if (ocr != null) {
            ocr.close();
            ocr = null;
        }
        if (!enabled) {
            ocrLine.set(ui.i18n().t("desk.sources.ocr.turnedOff"));
            return;
        }
        TextLayerQueue queue = context.textLayers();
        ui.runner().run(queue::availability, available -> { // the probe runs tesseract: not on the FX thread
            if (closed || ocr != null || !settings.ocrEnabled()) {
                return;
            }
            if (!available.available()) {
                ocrLine.set(ui.i18n().t("desk.sources.ocr.unavailable", ui.i18n().t(available.reasonKey())));
                return;
            }
            ocrLine.set(ui.i18n().t("desk.sources.ocr.waiting"));
            ocr = new TextLayerWorker(queue, new OcrStatus(), OCR_EVERY).start();
        }, ui.errors()::report);
    }

    /** Files without a separator sheet go to this component of the open dossier. Cheap: FX thread. */
    public void setTarget(String dossierCode, String componentCode) {
        target = new Target(dossierCode, componentCode);
        if (hotFolder != null) {
            hotFolder.setTarget(dossierCode, componentCode);
        }
    }

    /** No dossier component selected: files without a separator sheet wait in the hot folder. */
    public void clearTarget() {
        target = null;
        if (hotFolder != null) {
            hotFolder.clearTarget();
        }
    }

    /**
     * Runs the scanner command and files what it scanned into {@code componentCode} of the
     * dossier (a stack at its separator sheets). Blocks for the whole scan: call it on a worker.
     * Originals are kept under {@code <data dir>/scans/} like {@code scan run}.
     */
    public SourceOutcome scan(String dossierCode, String componentCode) {
        Settings s = settings;
        ScannerCommand scanner = new ScannerCommand(s.scanCommand(), Duration.ofSeconds(s.scanTimeoutSeconds()));
        Target into = new Target(dossierCode, componentCode);
        sink.checkTarget(into);
        SourceIntake intake = new SourceIntake(context.dataDirectory().root().resolve("scans"), sink,
                Messages.of(ui.i18n().language()), events, Clock.systemUTC());
        return scanner.scanInto(intake, into);
    }

    /** Asks the OCR worker for a pass now (after a seal or a filing); nothing when it is off. */
    public void nudgeOcr() {
        TextLayerWorker worker = ocr;
        if (worker != null) {
            worker.nudge();
        }
    }

    /** The last hot-folder or scanner event ("Đã nhận tệp …"), or a warning when the folder cannot be read. */
    public ReadOnlyStringProperty sourceLineProperty() {
        return sourceLine.getReadOnlyProperty();
    }

    /** The OCR worker's state in one sentence. */
    public ReadOnlyStringProperty ocrLineProperty() {
        return ocrLine.getReadOnlyProperty();
    }

    /** Incremented on the FX thread after every file filed from a source. */
    public ReadOnlyIntegerProperty filings() {
        return filings.getReadOnlyProperty();
    }

    /** True when the desk has a scanner command. */
    public ReadOnlyBooleanProperty scannerSetProperty() {
        return scannerSet.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        if (hotFolder != null) {
            hotFolder.close();
            hotFolder = null;
        }
        if (ocr != null) {
            ocr.close();
            ocr = null;
        }
    }

    private void fx(Runnable r) {
        Platform.runLater(() -> {
            if (!closed) {
                r.run();
            }
        });
    }

    /** Hot-folder and scanner events, from their own threads. */
    private final class Events implements HotFolderListener {
        @Override
        public void taken(String fileName) {
            fx(() -> sourceLine.set(ui.i18n().t("scan.event.taken", fileName)));
        }

        @Override
        public void filed(String fileName, List<FiledDocument> documents) {
            nudgeOcr();
            fx(() -> {
                sourceLine.set(String.join("\n", documents.stream().map(d -> ui.i18n().t("scan.event.filed", fileName,
                        d.componentCode(), d.dossierCode(), String.valueOf(d.document().pages()))).toList()));
                filings.set(filings.get() + 1);
            });
        }

        @Override
        public void refused(String fileName, String message) {
            fx(() -> sourceLine.set(ui.i18n().t("scan.event.refused", fileName, message)));
        }

        @Override
        public void waiting(String fileName) {
            fx(() -> sourceLine.set(ui.i18n().t("scan.event.waiting", fileName)));
        }

        @Override
        public void unavailable(String message) {
            fx(() -> sourceLine.set(ui.i18n().t("desk.sources.folderProblem", message)));
        }
    }

    /** The OCR worker's progress, from its thread. */
    private final class OcrStatus implements TextLayerWorker.Listener {
        @Override
        public void working(int index, int count, int page, int pages) {
            String line = pages == 0 ? ui.i18n().t("desk.sources.ocr.document", String.valueOf(index), String.valueOf(count))
                    : ui.i18n().t("desk.sources.ocr.page", String.valueOf(index), String.valueOf(count), String.valueOf(page),
                            String.valueOf(pages));
            fx(() -> ocrLine.set(line));
        }

        @Override
        public void idle(TextLayerQueue.Pass pass) {
            String line = pass.failed() == 0 ? ui.i18n().t("desk.sources.ocr.done")
                    : ui.i18n().t("desk.sources.ocr.doneWithFailures", String.valueOf(pass.failed()));
            fx(() -> ocrLine.set(line));
        }
    }
}
