package vn.motcua.dossier;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A dossier (hồ sơ) as received at the desk: the official code, the procedure and catalogue
 * version it was received under, the applicant as they were that day, the checklist, and its
 * status. The receipt is re-rendered from these columns, never stored as the truth.
 */
@Entity
@Table(name = "dossier")
public class Dossier {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String code;
    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(name = "receipt_day", nullable = false)
    private LocalDate receiptDay;
    @Column(nullable = false)
    private int seq;
    @Column(name = "procedure_code", nullable = false)
    private String procedureCode;
    @Column(name = "procedure_name", nullable = false)
    private String procedureName;
    @Column(name = "procedure_field")
    private String procedureField;
    @Column(name = "catalog_version", nullable = false)
    private String catalogVersion;
    @Column(name = "calendar_version", nullable = false)
    private String calendarVersion;
    @Column(nullable = false)
    private int channel;
    @Column(name = "applicant_type", nullable = false)
    private int applicantType;
    @Column(name = "applicant_id")
    private UUID applicantId;
    @jakarta.persistence.Embedded
    private ApplicantSnapshot applicant;
    @Column(name = "owner_name")
    private String ownerName;
    @Column(name = "sets_count", nullable = false)
    private int sets;
    @Column(nullable = false)
    private int status;
    @Column(name = "legal_time", nullable = false)
    private String legalTime;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "return_method")
    private String returnMethod;
    /** Why the dossier was refused or sent back for completion (forms 02, 03). */
    private String reason;
    @Column(name = "register_book", nullable = false)
    private String registerBook;
    @Column(name = "register_line", nullable = false)
    private int registerLine;
    @Column(name = "received_by")
    private UUID receivedBy;
    @Column(name = "received_by_name", nullable = false)
    private String receivedByName;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "status_changed_at")
    private Instant statusChangedAt;
    @Column(name = "handler_id")
    private UUID handlerId;
    @Column(name = "handler_name")
    private String handlerName;
    @Column(name = "handler_unit")
    private String handlerUnit;
    /** NgayKetThucXuLy: when the result became ready, or processing ended without one. */
    @Column(name = "finished_at")
    private Instant finishedAt;
    @Column(name = "verdict")
    private String verdict;
    /** NgayTra: when the result was handed to the citizen, and to whom. */
    @Column(name = "returned_at")
    private Instant returnedAt;
    @Column(name = "returned_to")
    private String returnedTo;
    /** {@link #dueAt} while the clock runs, else null: what the list's deadline tabs range over. */
    @Column(name = "open_due_at")
    private Instant openDueAt;
    /** The last unit the dossier was handed to, kept after it finishes (the reports' handling unit). */
    @Column(name = "processing_unit")
    private String processingUnit;
    /** See {@link Lifespan}: when the story ended (null while open) and how long it lived. */
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "span_class", nullable = false)
    private int spanClass = Lifespan.LONG_CLASS;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dossier_component", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "line_no")
    private List<DossierComponent> components = new ArrayList<>();
    @Version
    private long version;

    protected Dossier() {
    }

    Dossier(UUID id, DossierCode code, ReceivedProcedure procedure, IntakeParties parties, DossierStatus status,
            Instant receivedAt, Instant dueAt, String registerBook, int registerLine, List<DossierComponent> components,
            Instant now) {
        this.id = id;
        this.code = code.toString();
        this.agencyCode = code.agencyCode();
        this.receiptDay = code.day();
        this.seq = code.sequence();
        this.procedureCode = procedure.code();
        this.procedureName = procedure.name();
        this.procedureField = procedure.field();
        this.catalogVersion = procedure.catalogVersion();
        this.calendarVersion = procedure.calendarVersion();
        this.legalTime = procedure.legalTime();
        this.channel = parties.channel().code();
        this.applicantType = parties.applicantType().code();
        this.applicantId = parties.applicantId();
        this.applicant = parties.applicant();
        this.ownerName = parties.ownerName();
        this.sets = parties.sets();
        this.returnMethod = parties.returnMethod();
        this.reason = parties.reason();
        this.receivedByName = parties.officer().fullName();
        this.receivedBy = parties.officer().id();
        this.status = status.code();
        this.receivedAt = receivedAt;
        this.dueAt = dueAt;
        this.registerBook = registerBook;
        this.registerLine = registerLine;
        this.components = new ArrayList<>(components);
        this.createdAt = now;
        this.statusChangedAt = now;
        this.openDueAt = status.clockRuns() ? dueAt : null;
        refreshLifespan();
    }

    /** Moves to {@code next} (checked by {@link Transitions} before); keeps the running-due column in step. */
    void moveTo(DossierStatus next, Instant at) {
        this.status = next.code();
        this.statusChangedAt = at;
        this.openDueAt = next.clockRuns() ? dueAt : null;
        refreshLifespan();
    }

    /** Keeps {@code closed_at} and {@code span_class} in step with status and finish (every move passes here). */
    private void refreshLifespan() {
        this.closedAt = Lifespan.closedAt(status, finishedAt, statusChangedAt, receivedAt);
        this.spanClass = Lifespan.spanClass(receivedAt, closedAt);
    }

    void changeDue(Instant newDue) {
        this.dueAt = newDue;
        this.openDueAt = status().clockRuns() ? newDue : null;
    }

    void handTo(UUID id, String name, String unit) {
        this.handlerId = id;
        this.handlerName = name;
        this.handlerUnit = unit;
        if (unit != null) {
            this.processingUnit = unit;
        }
    }

    void finish(Instant at, vn.motcua.calendar.Verdict v) {
        this.finishedAt = at;
        this.verdict = v == null ? null : v.name();
        refreshLifespan();
    }

    void returned(Instant at, String to) {
        this.returnedAt = at;
        this.returnedTo = to;
    }

    void reason(String text) {
        this.reason = text;
    }

    /** The owner's name as the portal now holds it (sync pull; the portal owns online content). */
    void ownerName(String name) {
        this.ownerName = name;
    }

    public UUID id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalDate receiptDay() {
        return receiptDay;
    }

    public int sequence() {
        return seq;
    }

    public String procedureCode() {
        return procedureCode;
    }

    public String procedureName() {
        return procedureName;
    }

    public String procedureField() {
        return procedureField;
    }

    public String catalogVersion() {
        return catalogVersion;
    }

    public String calendarVersion() {
        return calendarVersion;
    }

    public Channel channel() {
        return java.util.Arrays.stream(Channel.values()).filter(c -> c.code() == channel).findFirst().orElseThrow();
    }

    public ApplicantType applicantType() {
        return java.util.Arrays.stream(ApplicantType.values()).filter(t -> t.code() == applicantType).findFirst().orElseThrow();
    }

    public UUID applicantId() {
        return applicantId;
    }

    public ApplicantSnapshot applicant() {
        return applicant;
    }

    public String ownerName() {
        return ownerName;
    }

    public int sets() {
        return sets;
    }

    public DossierStatus status() {
        return DossierStatus.of(status);
    }

    public String legalTime() {
        return legalTime;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** Null while no clock runs (sent back for completion, refused, or a procedure without a time limit). */
    public Instant dueAt() {
        return dueAt;
    }

    public String returnMethod() {
        return returnMethod;
    }

    public String reason() {
        return reason;
    }

    public String registerBook() {
        return registerBook;
    }

    public int registerLine() {
        return registerLine;
    }

    public String receivedByName() {
        return receivedByName;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public UUID handlerId() {
        return handlerId;
    }

    /** Who holds the dossier now (the last receiver of a hand-over); null at the desk. */
    public String handlerName() {
        return handlerName;
    }

    public String handlerUnit() {
        return handlerUnit;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    /** The on-time verdict once finished (by date, see DeadlineLedger); empty while open or without due date. */
    public java.util.Optional<vn.motcua.calendar.Verdict> verdict() {
        return verdict == null ? java.util.Optional.empty() : java.util.Optional.of(vn.motcua.calendar.Verdict.valueOf(verdict));
    }

    /** The last unit the dossier was handed to, kept after it finishes; null when never handed to a unit. */
    public String processingUnit() {
        return processingUnit;
    }

    /** When the dossier's story ended for the reports (see {@link Lifespan}); null while open. */
    public Instant closedAt() {
        return closedAt;
    }

    public Instant returnedAt() {
        return returnedAt;
    }

    public String returnedTo() {
        return returnedTo;
    }

    public long version() {
        return version;
    }

    public List<DossierComponent> components() {
        return List.copyOf(components);
    }
}
