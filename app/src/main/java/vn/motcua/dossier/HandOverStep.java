package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.calendar.Verdict;

/**
 * One hand-over of a dossier (a row of form 06): from whom to whom, when, by when the receiver
 * must hand it on, and — once they do, or the result is ready — the step's verdict, judged by
 * date like the dossier's.
 */
@Entity
@Table(name = "dossier_step")
public class HandOverStep {
    @Id
    private UUID id;
    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;
    @Column(name = "step_no", nullable = false)
    private int stepNo;
    @Column(name = "giver_id")
    private UUID giverId;
    @Column(name = "giver_name", nullable = false)
    private String giverName;
    @Column(name = "receiver_id")
    private UUID receiverId;
    @Column(name = "receiver_name", nullable = false)
    private String receiverName;
    @Column(name = "receiver_unit")
    private String receiverUnit;
    @Column(name = "handed_at", nullable = false)
    private Instant handedAt;
    @Column(name = "step_due_at")
    private Instant stepDueAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    private String verdict;
    private String note;
    @Version
    private long version;

    protected HandOverStep() {
    }

    HandOverStep(UUID dossierId, int stepNo, Party giver, Party receiver, Instant handedAt, Instant stepDueAt, String note) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.stepNo = stepNo;
        this.giverId = giver.id();
        this.giverName = giver.name();
        this.receiverId = receiver.id();
        this.receiverName = receiver.name();
        this.receiverUnit = receiver.unit();
        this.handedAt = handedAt;
        this.stepDueAt = stepDueAt;
        this.note = note;
    }

    /** Someone a dossier is handed between: a user (id, display name) and the unit they work in. */
    public record Party(UUID id, String name, String unit) {
    }

    void finish(Instant at, Verdict v) {
        this.finishedAt = at;
        this.verdict = v == null ? null : v.name();
    }

    /** A pause for a supplement moves the step's own deadline with the dossier's. */
    void moveDue(Instant newDue) {
        this.stepDueAt = newDue;
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public int stepNo() {
        return stepNo;
    }

    public String giverName() {
        return giverName;
    }

    public UUID receiverId() {
        return receiverId;
    }

    public String receiverName() {
        return receiverName;
    }

    public String receiverUnit() {
        return receiverUnit;
    }

    public Instant handedAt() {
        return handedAt;
    }

    public Instant stepDueAt() {
        return stepDueAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Optional<Verdict> verdict() {
        return verdict == null ? Optional.empty() : Optional.of(Verdict.valueOf(verdict));
    }

    public String note() {
        return note;
    }
}
