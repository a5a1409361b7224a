package vn.motcua.ui.intake;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;
import vn.motcua.calendar.DeadlineLedger;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.catalog.ComponentQuantity;
import vn.motcua.catalog.FeeLine;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureIndex;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.CardData;
import vn.motcua.citizen.PersonalIds;
import vn.motcua.citizen.Sex;
import vn.motcua.documents.ReuseOffer;
import vn.motcua.dossier.ApplicantType;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.IntakeOutcome;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.ui.Ui;

/**
 * The intake form (tiếp nhận hồ sơ) without a single control: the procedure picked by folded
 * type-ahead, its checklist with counts, the applicant, the fee and the expected due date
 * computed as the clerk types, and the save through {@link IntakeDesk} on the background
 * runner. Every change is handed to the draft autosaver.
 */
public final class IntakeViewModel {
    static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    static final int SUGGESTIONS = 12;

    private final StringProperty procedureQuery = new SimpleStringProperty("");
    private final ObservableList<Procedure> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<Procedure> procedure = new SimpleObjectProperty<>();
    private final ObservableList<ChecklistRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> feeLines = FXCollections.observableArrayList();
    private final StringProperty feeTotal = new SimpleStringProperty("");
    private final StringProperty feeProblem = new SimpleStringProperty("");
    private final StringProperty due = new SimpleStringProperty("");
    private final ObjectProperty<IntakeOutcome> outcome = new SimpleObjectProperty<>(IntakeOutcome.ACCEPT);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty ownerName = new SimpleStringProperty("");
    private final IntegerProperty sets = new SimpleIntegerProperty(1);
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.IN_PERSON);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final BooleanProperty dirty = new SimpleBooleanProperty();
    private final ReadOnlyObjectWrapper<IntakeResult> result = new ReadOnlyObjectWrapper<>();
    private final ApplicantFormModel applicant;
    private final InvalidationListener changed = o -> changed();
    private final Ui ui;
    private final IntakeDesk desk;
    private final DraftAutosaver drafts;
    private ProcedureIndex index = ProcedureIndex.of(List.of());
    private WorkCalendar calendar;
    private UUID clientId = UUID.randomUUID();
    private boolean quiet;
    private final StringProperty reuseProblem = new SimpleStringProperty("");
    private String offersFor;
    private long offersAsked;

    public IntakeViewModel(Ui ui, IntakeDesk desk, DraftAutosaver drafts) {
        this.ui = ui;
        this.desk = desk;
        this.drafts = drafts;
        this.applicant = new ApplicantFormModel(ui, desk::returningApplicants);
        procedureQuery.addListener((o, was, text) -> {
            if (!quiet) {
                procedure.set(null);
                suggestions.setAll(index.search(text, SUGGESTIONS));
            }
        });
        procedure.addListener((o, was, p) -> rebuildChecklist(p));
        procedure.addListener((o, was, p) -> {
            offersFor = null; // fresh rows: ask again
            loadOffers();
        });
        applicant.idNumberProperty().addListener((o, was, id) -> loadOffers());
        for (Observable o : applicant.fields()) {
            o.addListener(changed);
        }
        outcome.addListener(changed);
        reason.addListener(changed);
        ownerName.addListener(changed);
        sets.addListener(changed);
        channel.addListener(changed);
        procedure.addListener(changed);
    }

    /** Loads the catalogue, the calendar and any draft left by a crash, off the FX thread. */
    public void start() {
        ui.runner().run(() -> new Loaded(desk.procedures(), desk.calendar(), drafts.store().load()), loaded -> {
            index = ProcedureIndex.of(loaded.procedures());
            calendar = loaded.calendar();
            suggestions.setAll(index.search(procedureQuery.get(), SUGGESTIONS));
            loaded.draft().draft().ifPresent(d -> {
                restore(d, loaded.procedures());
                notice.set(ui.i18n().t("intake.draftRestored"));
            });
            if (loaded.draft().setAside() != null) {
                notice.set(ui.i18n().t("intake.draftDamaged", loaded.draft().setAside().getFileName().toString()));
            }
            ready.set(true);
            refresh();
        }, e -> ui.fail(e, message::set));
    }

    private record Loaded(List<Procedure> procedures, WorkCalendar calendar, IntakeDraftStore.Loaded draft) {
    }

    /** Picks a procedure: its checklist replaces the old one, with the catalogue's counts. */
    public void choose(Procedure p) {
        quiet = true;
        try {
            procedureQuery.set(p == null ? "" : p.code() + " – " + p.name());
            procedure.set(p);
        } finally {
            quiet = false;
        }
        suggestions.clear();
        changed();
    }

    private void rebuildChecklist(Procedure p) {
        for (ChecklistRow r : rows) {
            for (Observable o : counts(r)) {
                o.removeListener(changed);
            }
        }
        List<ChecklistRow> fresh = new ArrayList<>();
        if (p != null) {
            for (var c : p.components()) {
                ChecklistRow row = new ChecklistRow(c, p.fee().needsPages());
                for (Observable o : counts(row)) {
                    o.addListener(changed);
                }
                fresh.add(row);
            }
        }
        rows.setAll(fresh);
    }

    /**
     * Once the applicant's ID number and the procedure are known, asks in the background for
     * earlier scans to reuse and hangs each on its checklist row; an answer that arrives after
     * the ID or the procedure changed is dropped.
     */
    private void loadOffers() {
        Procedure p = procedure.get();
        String id = PersonalIds.compact(applicant.idNumberProperty().get());
        String key = p == null || !id.matches("\\d{9}|\\d{12}") ? null : id + "|" + p.code();
        if (java.util.Objects.equals(key, offersFor)) {
            return;
        }
        offersFor = key;
        long asked = ++offersAsked;
        if (key == null) {
            rows.forEach(r -> r.offer(null));
            return;
        }
        String procedureCode = p.code();
        ui.runner().run(() -> desk.reuseOffers(id, procedureCode), offers -> {
            if (asked != offersAsked) {
                return;
            }
            Map<String, ReuseOffer> byComponent = offers.stream()
                    .collect(Collectors.toMap(ReuseOffer::componentCode, Function.identity(), (x, y) -> x));
            rows.forEach(r -> r.offer(byComponent.get(r.component().code())));
        }, e -> LoggerFactory.getLogger(IntakeViewModel.class).warn("reuse offers not loaded: {}", e.toString()));
    }

    /**
     * Links the ticked offers to the dossier just received. The receipt stands whatever happens
     * here: a failure is reported through {@link #reuseProblemProperty()} and the clerk scans
     * that paper instead.
     */
    private void linkReused(IntakeResult saved) {
        List<ReuseOffer> ticked = rows.stream().filter(r -> r.reuseProperty().get() && r.offerProperty().get() != null)
                .map(r -> r.offerProperty().get()).toList();
        if (ticked.isEmpty() || saved.status() == DossierStatus.REFUSED) {
            return;
        }
        ui.runner().run(() -> {
            RuntimeException first = null;
            for (ReuseOffer o : ticked) {
                try {
                    desk.reuse(saved.code(), o.componentCode(), o.documentId());
                } catch (RuntimeException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
            return ticked.size();
        }, linked -> { }, e -> ui.fail(e, m -> reuseProblem.set(ui.i18n().t("documents.reuse.failed", saved.code(), m))));
    }

    private static Observable[] counts(ChecklistRow r) {
        return new Observable[] {r.originalsProperty(), r.certifiedCopiesProperty(), r.photocopiesProperty(), r.pagesProperty()};
    }

    /** A chip card read by the scanner (or from an image): fills the applicant. */
    public void acceptCard(CardData card) {
        applicant.fill(card.toApplicant());
        notice.set(ui.i18n().t("intake.cardRead", card.fullName()));
    }

    private void changed() {
        if (quiet) {
            return;
        }
        message.set("");
        dirty.set(true);
        refresh();
        drafts.changed(draft());
    }

    /** Fees, due date and the summary card from the form's current values. */
    private void refresh() {
        Procedure p = procedure.get();
        feeLines.clear();
        feeProblem.set("");
        feeTotal.set("");
        due.set("");
        if (p == null) {
            summary.set("");
            return;
        }
        long total = 0;
        try {
            for (FeeLine line : p.fee().compute(channelOrDefault().code(), quantities())) {
                feeLines.add(line.name() + ": " + Money.format(line.amount()));
                total += line.amount();
            }
            feeTotal.set(Money.format(total));
        } catch (IllegalArgumentException | ArithmeticException e) {
            feeProblem.set(ui.i18n().t("intake.fee.badCounts"));
        }
        due.set(expectedDue(p));
        summary.set(summaryText(p));
    }

    private String expectedDue(Procedure p) {
        if (outcome.get() != IntakeOutcome.ACCEPT) {
            return ui.i18n().t("intake.due.notRunning");
        }
        if (calendar == null) {
            return "";
        }
        LocalDateTime now = LocalDateTime.now(WorkCalendar.ZONE);
        LocalDateTime start = now;
        if (p.time().startsNextDayAfter() != null && now.toLocalTime().isAfter(p.time().startsNextDayAfter())) {
            start = calendar.nextWorkingDay(now.toLocalDate()).atTime(calendar.officeHours().opening());
        }
        return DeadlineLedger.open(calendar, start, p.time().budget()).due()
                .map(d -> ui.i18n().t("intake.due.expected", DUE.format(d)))
                .orElse(ui.i18n().t("intake.due.none"));
    }

    private String summaryText(Procedure p) {
        ApplicantDetails a = applicant.typed().normalized();
        List<String> lines = new ArrayList<>();
        lines.add(ui.i18n().t("intake.summary.procedure", p.code(), p.name()));
        lines.add(ui.i18n().t("intake.summary.applicant", a.fullName() == null ? "—" : a.fullName(),
                a.idNumber() == null ? "—" : a.idNumber(),
                a.birthDate() == null ? "—" : ApplicantFormModel.DATE.format(a.birthDate()),
                a.sex() == null ? "—" : ui.i18n().t(a.sex().key())));
        if (a.address() != null) {
            lines.add(ui.i18n().t("intake.summary.address", a.address()));
        }
        String owner = ownerOrNull();
        if (owner != null) {
            lines.add(ui.i18n().t("intake.summary.owner", owner));
        }
        lines.add(ui.i18n().t("intake.summary.sets", String.valueOf(sets.get()), ui.i18n().t(channelKey(channelOrDefault()))));
        for (ChecklistRow r : rows) {
            ComponentQuantity q = r.quantity();
            if (q.originals() + q.certifiedCopies() + q.photocopies() > 0) {
                lines.add(ui.i18n().t("intake.summary.component", r.component().name(), String.valueOf(q.originals()),
                        String.valueOf(q.certifiedCopies()), String.valueOf(q.photocopies())));
            }
        }
        lines.add(ui.i18n().t("intake.summary.fee", feeTotal.get().isEmpty() ? "—" : feeTotal.get()));
        lines.add(ui.i18n().t("intake.summary.time", p.time().legalTimeText()));
        lines.add(due.get());
        return String.join("\n", lines);
    }

    List<ComponentQuantity> quantities() {
        return rows.stream().map(ChecklistRow::quantity).toList();
    }

    /** Saves through the intake service; problems are named in {@link #messageProperty()}. */
    public void save() {
        if (busy.get() || result.get() != null) {
            return;
        }
        Procedure p = procedure.get();
        Optional<ApplicantDetails> who = applicant.details();
        if (p == null) {
            message.set(ui.i18n().t("intake.procedure.required"));
            return;
        }
        if (who.isEmpty()) {
            message.set(ui.i18n().t("intake.applicant.fix"));
            return;
        }
        if (!feeProblem.get().isEmpty()) {
            message.set(feeProblem.get());
            return;
        }
        if (outcome.get() != IntakeOutcome.ACCEPT && reason.get().isBlank()) {
            message.set(ui.i18n().t("intake.reason.required"));
            return;
        }
        IntakeRequest request = new IntakeRequest(clientId, p.code(), who.get(), ApplicantType.CITIZEN, ownerOrNull(), quantities(),
                channelOrDefault(), null, sets.get(), null, outcome.get(), reason.get().isBlank() ? null : reason.get());
        busy.set(true);
        message.set("");
        ui.runner().run(() -> desk.receive(request), r -> {
            busy.set(false);
            dirty.set(false);
            drafts.discard();
            result.set(r);
            linkReused(r);
        }, e -> {
            busy.set(false);
            ui.fail(e, message::set);
        });
    }

    /** Starts a fresh form (after a saved dossier or a confirmed cancel) and drops the draft. */
    public void reset() {
        quiet = true;
        try {
            procedureQuery.set("");
            procedure.set(null);
            applicant.clear();
            outcome.set(IntakeOutcome.ACCEPT);
            reason.set("");
            ownerName.set("");
            sets.set(1);
            channel.set(Channel.IN_PERSON);
        } finally {
            quiet = false;
        }
        clientId = UUID.randomUUID();
        suggestions.setAll(index.search("", SUGGESTIONS));
        message.set("");
        notice.set("");
        reuseProblem.set("");
        dirty.set(false);
        result.set(null);
        drafts.discard();
        refresh();
    }

    /** The form as a draft. */
    public IntakeDraft draft() {
        ApplicantFormModel a = applicant;
        Procedure p = procedure.get();
        return new IntakeDraft(clientId, p == null ? null : p.code(), a.fullNameProperty().get(), a.idNumberProperty().get(),
                a.birthDateProperty().get(), a.sexProperty().get() == null ? null : a.sexProperty().get().name(),
                a.addressProperty().get(), a.phoneProperty().get(), a.emailProperty().get(),
                rows.stream().map(ChecklistRow::count).toList(), outcome.get().name(), reason.get(), ownerName.get(), sets.get(),
                channelOrDefault().name());
    }

    /** Puts a draft back into the form; a procedure no longer in the catalogue is left unpicked. */
    void restore(IntakeDraft d, List<Procedure> procedures) {
        quiet = true;
        try {
            clientId = d.clientId() != null ? d.clientId() : UUID.randomUUID();
            Procedure p = procedures.stream().filter(x -> x.code().equals(d.procedureCode())).findFirst().orElse(null);
            procedureQuery.set(p == null ? "" : p.code() + " – " + p.name());
            procedure.set(p);
            Map<String, IntakeDraft.Count> counts = d.counts().stream()
                    .collect(Collectors.toMap(IntakeDraft.Count::code, Function.identity(), (x, y) -> y));
            for (ChecklistRow r : rows) {
                Optional.ofNullable(counts.get(r.component().code())).ifPresent(r::set);
            }
            applicant.fill(new ApplicantDetails(d.fullName(), d.idNumber(), null, d.sex() == null ? null : Sex.valueOf(d.sex()),
                    d.address(), d.phone(), d.email()));
            applicant.birthDateProperty().set(d.birthDate() == null ? "" : d.birthDate());
            outcome.set(d.outcome() == null ? IntakeOutcome.ACCEPT : IntakeOutcome.valueOf(d.outcome()));
            reason.set(d.reason() == null ? "" : d.reason());
            ownerName.set(d.ownerName() == null ? "" : d.ownerName());
            sets.set(d.sets() == null ? 1 : d.sets());
            channel.set(d.channel() == null ? Channel.IN_PERSON : Channel.parse(d.channel()));
        } finally {
            quiet = false;
        }
        suggestions.clear();
        dirty.set(true);
        refresh();
    }

    public StringProperty procedureQueryProperty() {
        return procedureQuery;
    }

    public ObservableList<Procedure> suggestions() {
        return suggestions;
    }

    public ReadOnlyObjectProperty<Procedure> procedureProperty() {
        return procedure;
    }

    public ObservableList<ChecklistRow> rows() {
        return rows;
    }

    public ApplicantFormModel applicant() {
        return applicant;
    }

    public ObservableList<String> feeLines() {
        return feeLines;
    }

    public StringProperty feeTotalProperty() {
        return feeTotal;
    }

    public StringProperty feeProblemProperty() {
        return feeProblem;
    }

    public StringProperty dueProperty() {
        return due;
    }

    public ObjectProperty<IntakeOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    /** The dossier's owner when not the applicant (chủ hồ sơ); blank: the applicant. */
    public StringProperty ownerNameProperty() {
        return ownerName;
    }

    /** How many sets of papers were handed in (số bộ hồ sơ), 1 by default. */
    public IntegerProperty setsProperty() {
        return sets;
    }

    /** In person or by the public postal service; decides the fee rule's channel too. */
    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    /** The channels offered at the desk (online dossiers come from the portal). */
    public static List<Channel> deskChannels() {
        return List.of(Channel.IN_PERSON, Channel.POST);
    }

    static String channelKey(Channel c) {
        return c == Channel.POST ? "intake.channel.post" : "intake.channel.inPerson";
    }

    private Channel channelOrDefault() {
        return channel.get() == null ? Channel.IN_PERSON : channel.get();
    }

    private String ownerOrNull() {
        String o = ownerName.get();
        return o == null || o.isBlank() ? null : o.trim();
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** Good news and hints (draft restored, card read), shown apart from errors. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready;
    }

    /** Something was typed since the form started (Esc asks before throwing it away). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    /** The saved dossier; {@code null} while the form is being filled. */
    public ReadOnlyObjectProperty<IntakeResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Why ticked earlier scans could not be linked to the saved dossier; empty when all went well. */
    public ReadOnlyStringProperty reuseProblemProperty() {
        return reuseProblem;
    }

    public UUID clientId() {
        return clientId;
    }
}
