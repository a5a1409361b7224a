package vn.motcua.ui.sync;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.sync.SyncConfig;
import vn.motcua.sync.SyncEvent;
import vn.motcua.sync.SyncProblem;
import vn.motcua.sync.SyncProblems;
import vn.motcua.sync.SyncStatus;
import vn.motcua.ui.Ui;

/**
 * Đồng bộ: where the office stands with the portal (line, queue, oldest waiting action, last
 * push and pull, clock skew), what waits for a person, and the decisions. Every question goes to
 * the services in the background; the answers are published on the FX thread in one go.
 */
public final class SyncPanelViewModel {
    /** At most this many problems are listed; the count says when there are more. */
    static final int LIMIT = 200;

    private final Ui ui;
    private final SyncDesk desk;
    private final BooleanProperty configured = new SimpleBooleanProperty();
    private final ObjectProperty<SyncStatus> status = new SimpleObjectProperty<>();
    private final StringProperty line = new SimpleStringProperty("");
    private final StringProperty statusBar = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty syncing = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressText = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty info = new SimpleStringProperty("");
    private final ObservableList<SyncProblem> problems = FXCollections.observableArrayList();
    private final ObservableList<vn.motcua.sync.SyncNotice> notices = FXCollections.observableArrayList();
    private final ObjectProperty<SyncProblem> selected = new SimpleObjectProperty<>();
    private final StringProperty portalUrl = new SimpleStringProperty("");
    private final StringProperty clientId = new SimpleStringProperty("");
    private final StringProperty secret = new SimpleStringProperty("");
    private boolean asking;

    public SyncPanelViewModel(Ui ui, SyncDesk desk) {
        this.ui = ui;
        this.desk = desk;
    }

    private record Snapshot(SyncStatus status, List<SyncProblem> problems, List<vn.motcua.sync.SyncNotice> notices,
            Optional<SyncConfig> config) {
    }

    /** Asks the services again (the timer, a run that ended, a decision made). One question at a time. */
    public void refresh() {
        if (asking) {
            return;
        }
        asking = true;
        ui.runner().run(() -> new Snapshot(desk.status(), desk.problems(LIMIT), desk.notices(LIMIT),
                desk.config()), snap -> {
            asking = false;
            show(snap);
        }, error -> {
            asking = false;
            ui.fail(error, message::set);
        });
    }

    private void show(Snapshot snap) {
        boolean isConfigured = snap.config().isPresent();
        configured.set(isConfigured);
        if (isConfigured && portalUrl.get().isEmpty()) {
            portalUrl.set(snap.config().get().portalUrl().toString());
            clientId.set(snap.config().get().clientId());
        }
        status.set(snap.status());
        line.set(SyncShown.line(ui.i18n(), snap.status(), isConfigured));
        statusBar.set(SyncShown.statusBar(ui.i18n(), snap.status(), isConfigured, snap.problems().size(), snap.notices().size()));
        notices.setAll(snap.notices());
        SyncProblem was = selected.get();
        problems.setAll(snap.problems());
        selected.set(was == null ? null : problems.stream().filter(p -> same(p, was)).findFirst().orElse(null));
    }

    private static boolean same(SyncProblem a, SyncProblem b) {
        return a.entryId() != null ? a.entryId().equals(b.entryId()) : b.entryId() == null && a.dossierId().equals(b.dossierId());
    }

    /** "Đồng bộ ngay": every waiting action due at once; the panel shows the run until it ends. */
    public void syncNow() {
        if (!configured.get()) {
            message.set(ui.i18n().t("syncPanel.configureFirst"));
            return;
        }
        message.set("");
        syncing.set(true);
        progress.set(-1);
        progressText.set(ui.i18n().t("syncPanel.running"));
        ui.runner().run(() -> {
            desk.syncNow();
            return null;
        }, ignored -> { }, error -> {
            syncing.set(false);
            ui.fail(error, message::set);
        });
    }

    /** A runner event, already on the FX thread. */
    public void onEvent(SyncEvent e) {
        switch (e.kind()) {
            case UPLOAD_PROGRESS -> {
                syncing.set(true);
                progress.set(e.total() <= 0 ? -1 : (double) e.done() / e.total());
                progressText.set(ui.i18n().t("syncPanel.uploading", megabytes(e.done()), megabytes(e.total())));
            }
            case RUN_FINISHED -> {
                syncing.set(false);
                progressText.set("");
                refresh();
            }
            case LINE, RESYNC -> refresh();
            default -> { }
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1_048_576.0).replace('.', ',');
    }

    public void resend(SyncProblem p) {
        decision(() -> {
            desk.resend(p.entryId());
            return null;
        }, "syncPanel.done.resent");
    }

    /** "Đã xem": the notice leaves the list (kept, with who saw it and when). */
    public void markSeen(vn.motcua.sync.SyncNotice n) {
        decision(() -> {
            desk.markSeen(n.id());
            return null;
        }, "syncPanel.done.seen");
    }

    public void setAside(SyncProblem p, String note) {
        decision(() -> {
            desk.setAside(p.entryId(), note);
            return null;
        }, "syncPanel.done.setAside");
    }

    public void decide(SyncProblem.Side side, SyncProblems.Choice choice) {
        decision(() -> {
            desk.decide(side.conflictId(), choice);
            return null;
        }, choice == SyncProblems.Choice.KEEP_DESK ? "syncPanel.done.keptDesk" : "syncPanel.done.tookPortal");
    }

    /**
     * "Xuất gói": every waiting action and its scans written to {@code target} (a USB stick), with
     * the bytes written shown on the progress bar; the file appears only once complete.
     */
    public void exportBundle(java.nio.file.Path target) {
        vn.motcua.ui.LatestOnFx<long[]> written = new vn.motcua.ui.LatestOnFx<>(now -> {
            if (syncing.get()) {
                progress.set(now[1] <= 0 ? -1 : (double) now[0] / now[1]);
                progressText.set(ui.i18n().t("syncPanel.bundle.writing", megabytes(now[0]), megabytes(now[1])));
            }
        });
        syncing.set(true);
        progress.set(-1);
        progressText.set(ui.i18n().t("syncPanel.bundle.writing", "0", "0"));
        request(() -> {
            try {
                // called on the writing thread
                var r = desk.exportBundle(target, (bytes, total) -> written.offer(new long[] {bytes, total}));
                return ui.i18n().t(r.messageKey(), r.messageArgs());
            } finally {
                javafx.application.Platform.runLater(() -> {
                    syncing.set(false);
                    progressText.set("");
                });
            }
        });
    }

    /** "Nhập xác nhận": the portal's acknowledgement of a carried bundle; the actions it confirms are done. */
    public void importAck(java.nio.file.Path file) {
        request(() -> {
            var r = desk.importAck(file);
            return ui.i18n().t(r.messageKey(), r.messageArgs());
        });
    }

    /** Saves the portal settings; the background sync restarts with them. The secret field is emptied either way. */
    public void saveConfig() {
        char[] key = secret.get() == null ? new char[0] : secret.get().toCharArray();
        String url = portalUrl.get();
        String id = clientId.get();
        decision(() -> {
            desk.configure(url, id, key);
            return null;
        }, "syncPanel.done.configured");
        secret.set("");
    }

    private void decision(Callable<Void> work, String doneKey) {
        request(() -> {
            work.call();
            return ui.i18n().t(doneKey);
        });
    }

    /** One request at a time; its sentence becomes the info line, a refusal the message line. */
    private void request(Callable<String> work) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        info.set("");
        ui.runner().run(work, sentence -> {
            busy.set(false);
            info.set(sentence);
            refresh();
        }, error -> {
            busy.set(false);
            ui.fail(error, message::set);
            refresh();
        });
    }

    public BooleanProperty configuredProperty() {
        return configured;
    }

    public ObjectProperty<SyncStatus> statusProperty() {
        return status;
    }

    /** The line in a sentence, for the panel's headline. */
    public StringProperty lineProperty() {
        return line;
    }

    /** The short form for the status bar. */
    public StringProperty statusBarProperty() {
        return statusBar;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty syncingProperty() {
        return syncing;
    }

    /** 0–1 while a file goes up; −1 (indeterminate) while a run is under way. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty progressTextProperty() {
        return progressText;
    }

    /** What went wrong with the last request, in a sentence that says how to fix it. */
    public StringProperty messageProperty() {
        return message;
    }

    /** What the last decision did. */
    public StringProperty infoProperty() {
        return info;
    }

    public ObservableList<SyncProblem> problems() {
        return problems;
    }

    /** The portal's changes the clerk has not marked seen, newest first. */
    public ObservableList<vn.motcua.sync.SyncNotice> notices() {
        return notices;
    }

    public ObjectProperty<SyncProblem> selectedProperty() {
        return selected;
    }

    public StringProperty portalUrlProperty() {
        return portalUrl;
    }

    public StringProperty clientIdProperty() {
        return clientId;
    }

    public StringProperty secretProperty() {
        return secret;
    }

    Ui ui() {
        return ui;
    }
}
