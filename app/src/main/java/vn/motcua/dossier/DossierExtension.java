package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** An extension of the deadline with its apology letter (form 04): reason, both due dates, the letter's number. */
@Entity
@Immutable
@Table(name = "dossier_extension")
public class DossierExtension {
    @Id
    private UUID id;
    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;
    @Column(nullable = false)
    private Instant at;
    @Column(name = "working_days", nullable = false)
    private int workingDays;
    @Column(nullable = false)
    private String reason;
    @Column(name = "old_due_at")
    private Instant oldDueAt;
    @Column(name = "new_due_at")
    private Instant newDueAt;
    @Column(name = "letter_number", nullable = false)
    private String letterNumber;
    @Column(name = "issued_by", nullable = false)
    private String issuedBy;

    protected DossierExtension() {
    }

    DossierExtension(UUID dossierId, Instant at, int workingDays, String reason, Instant oldDueAt, Instant newDueAt,
            String letterNumber, String issuedBy) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.at = at;
        this.workingDays = workingDays;
        this.reason = reason;
        this.oldDueAt = oldDueAt;
        this.newDueAt = newDueAt;
        this.letterNumber = letterNumber;
        this.issuedBy = issuedBy;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public Instant at() {
        return at;
    }

    public int workingDays() {
        return workingDays;
    }

    public String reason() {
        return reason;
    }

    public Instant oldDueAt() {
        return oldDueAt;
    }

    public Instant newDueAt() {
        return newDueAt;
    }

    public String letterNumber() {
        return letterNumber;
    }

    public String issuedBy() {
        return issuedBy;
    }
}
