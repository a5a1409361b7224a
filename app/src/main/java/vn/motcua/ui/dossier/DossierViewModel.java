package vn.motcua.ui.dossier;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStory;
import vn.motcua.security.StaffUser;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/**
 * One dossier's view state: the header facts, the merged timeline, the ledger's explanation,
 * documents, forms, sync history and the actions the status allows. Every service call goes
 * through the background runner; results arriving after {@link #close()} are dropped, so a
 * closed view is never touched again and can be collected.
 */
public final class DossierViewModel {
    /** A header line: a stable id (for tests and CSS), the label, the value. */
    public record Fact(String id, String label, String value) {
    }

    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final StringProperty dueWarning = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<DossierSnapshot> snapshot = new SimpleObjectProperty<>();
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<TimelineEntry> timeline = FXCollections.observableArrayList();
    private final ObservableList<String> explanations = FXCollections.observableArrayList();
    private final ObservableList<String> documents = FXCollections.observableArrayList();
    private final ObservableList<String> forms = FXCollections.observableArrayList();
    private final ObservableList<String> sync = FXCollections.observableArrayList();
    private final ObservableList<DossierAction> actions = FXCollections.observableArrayList();
    private final Ui ui;
    private final DossierDesk desk;
    private final DossierEvents changes;
    private final PdfOpener opener;
    private final String code;
    private final Runnable unsubscribe;
    private boolean closed;

    public DossierViewModel(Ui ui, DossierDesk desk, DossierEvents changes, PdfOpener opener, String code) {
        this.ui = ui;
        this.desk = desk;
        this.changes = changes;
        this.opener = opener;
        this.code = code;
        this.unsubscribe = changes.subscribe(this::changedElsewhere);
        title.set(ui.i18n().t("ui.dossier.title", code));
    }

    private void changedElsewhere(String changed) {
        if (!closed && !busy.get() && changed.equals(currentCode())) {
            load();
        }
    }

    /** The dossier's code as stored (NFC, exact) once loaded, else as asked for. */
    public String currentCode() {
        DossierSnapshot s = snapshot.get();
        return s == null ? code : s.story().dossier().code();
    }

    /** Reads the dossier again (after an action, F5, or a change posted by another view). */
    public void load() {
        busy.set(true);
        ui.runner().run(() -> desk.load(code), s -> {
            if (!closed) {
                busy.set(false);
                show(s);
            }
        }, error -> {
            if (!closed) {
                busy.set(false);
                fail(error);
            }
        });
    }

    private void show(DossierSnapshot s) {
        I18n i18n = ui.i18n();
        DossierStory story = s.story();
        Dossier d = story.dossier();
        title.set(i18n.t("ui.dossier.title", d.code()));
        facts.setAll(DossierFacts.of(i18n, s));
        timeline.setAll(Timeline.of(story, i18n));
        explanations.setAll(story.ledger().map(l -> l.explanations()).orElse(List.of()));
        documents.setAll(DossierFacts.documents(i18n, d, s.documents(), s.signatures()));
        forms.setAll(story.forms());
        sync.setAll(DossierFacts.sync(i18n, story.syncHistory()));
        java.util.List<DossierAction> offered = new java.util.ArrayList<>(DossierAction.offered(d.status()));
        if (desk.may(vn.motcua.security.Permission.SIGN) && !signable(s).isEmpty()) {
            offered.add(DossierAction.SIGN);
            offered.sort(java.util.Comparator.naturalOrder());
        }
        actions.setAll(offered);
        dueWarning.set(warning(i18n, s));
        snapshot.set(s);
    }

    /** "Sắp đến hạn…" when the clock runs and the due day is today or the next working day; "đã quá hạn…" after it. */
    static String warning(I18n i18n, DossierSnapshot s) {
        Dossier d = s.story().dossier();
        if (!d.status().clockRuns() || d.dueAt() == null) {
            return "";
        }
        LocalDate due = WorkCalendar.toLocal(d.dueAt()).toLocalDate();
        if (due.isBefore(s.today())) {
            return i18n.t("ui.dossier.warning.overdue", Shown.day(due));
        }
        return due.isAfter(s.nextWorkingDay()) ? "" : i18n.t("ui.dossier.warning.dueSoon", Shown.day(due));
    }

    /**
     * Runs one action's service call off the FX thread; on success says {@code done}, reloads,
     * posts the change and runs {@code after}; on a refusal shows the service's sentence.
     */
    public void perform(Callable<?> call, String done, Runnable after) {
        busy.set(true);
        ui.runner().run(() -> {
            call.call();
            return Boolean.TRUE;
        }, ok -> {
            if (closed) {
                return;
            }
            busy.set(false);
            say(done, false);
            load();
            changes.changed(currentCode());
            if (after != null) {
                after.run();
            }
        }, error -> {
            if (!closed) {
                busy.set(false);
                fail(error);
            }
        });
    }

    /** Renders form {@code number} and opens it in the PDF reader, off the FX thread. */
    public void openForm(String number) {
        String dossier = currentCode();
        busy.set(true);
        ui.runner().run(() -> {
            byte[] pdf = desk.form(number, dossier);
            opener.open(dossier + "-mau-" + number + ".pdf", pdf);
            return number;
        }, n -> {
            if (!closed) {
                busy.set(false);
                say(ui.i18n().t("ui.dossier.form.opened", n), false);
            }
        }, error -> {
            if (!closed) {
                busy.set(false);
                fail(error);
            }
        });
    }

    /** The colleagues a hand-over can go to, read off the FX thread. */
    public void colleagues(Consumer<List<StaffUser>> then) {
        busy.set(true);
        ui.runner().run(desk::colleagues, users -> {
            if (!closed) {
                busy.set(false);
                then.accept(users);
            }
        }, error -> {
            if (!closed) {
                busy.set(false);
                fail(error);
            }
        });
    }

    private void fail(Throwable error) {
        ui.fail(error, text -> say(text, true));
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    /** Stops listening for changes; late results are dropped. Idempotent. */
    public void close() {
        if (!closed) {
            closed = true;
            unsubscribe.run();
        }
    }

    public boolean closed() {
        return closed;
    }

    /** Remaining working time as the header shows it. */
    static String remaining(I18n i18n, Duration r) {
        if (r == null) {
            return i18n.t("ui.dossier.remaining.none");
        }
        Duration abs = r.abs();
        String h = String.valueOf(abs.toHours());
        String m = String.valueOf(abs.toMinutesPart());
        return r.isNegative() ? i18n.t("ui.dossier.remaining.over", h, m) : i18n.t("ui.dossier.remaining.left", h, m);
    }

    public DossierDesk desk() {
        return desk;
    }

    public Ui ui() {
        return ui;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public StringProperty dueWarningProperty() {
        return dueWarning;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public ObjectProperty<DossierSnapshot> snapshotProperty() {
        return snapshot;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ObservableList<TimelineEntry> timeline() {
        return timeline;
    }

    public ObservableList<String> explanations() {
        return explanations;
    }

    public ObservableList<String> documents() {
        return documents;
    }

    public ObservableList<String> forms() {
        return forms;
    }

    public ObservableList<String> sync() {
        return sync;
    }

    /**
     * What the chair can sign now: the electronic result once there is one; letter 04 while the
     * dossier is still open (it announces a new date); letter 05 once the dossier is withdrawn or stopped.
     */
    static java.util.List<vn.motcua.signing.DossierSigning.What> signable(DossierSnapshot s) {
        java.util.List<vn.motcua.signing.DossierSigning.What> out = new java.util.ArrayList<>();
        if (s.documents().stream().anyMatch(doc -> doc.kind() == vn.motcua.documents.DocumentKind.RESULT && doc.removedAt() == null)) {
            out.add(vn.motcua.signing.DossierSigning.What.RESULT);
        }
        if (s.story().forms().contains("04") && !s.story().dossier().status().terminal()) {
            out.add(vn.motcua.signing.DossierSigning.What.FORM_04);
        }
        if (s.story().forms().contains("05")) {
            out.add(vn.motcua.signing.DossierSigning.What.FORM_05);
        }
        return out;
    }

    public ObservableList<DossierAction> actions() {
        return actions;
    }
}
