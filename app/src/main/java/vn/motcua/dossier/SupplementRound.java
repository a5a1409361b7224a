package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One supplement round (đợt bổ sung) with the portal's fields: what to add (NoiDungBoSung), when
 * it was asked (NgayBoSung) and received (NgayTiepNhanBoSung), the due date before
 * (NgayHenTraTruoc) and after (NgayHenTraMoi).
 */
@Entity
@Table(name = "supplement_round")
public class SupplementRound {
    @Id
    private UUID id;
    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;
    @Column(name = "round_no", nullable = false)
    private int roundNo;
    @Column(nullable = false)
    private String content;
    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;
    @Column(name = "requested_by", nullable = false)
    private String requestedBy;
    /** The status to go back to when the supplement arrives. */
    @Column(name = "resume_status", nullable = false)
    private int resumeStatus;
    @Column(name = "received_at")
    private Instant receivedAt;
    @Column(name = "received_by")
    private String receivedBy;
    @Column(name = "old_due_at")
    private Instant oldDueAt;
    @Column(name = "new_due_at")
    private Instant newDueAt;
    @Version
    private long version;

    protected SupplementRound() {
    }

    SupplementRound(UUID dossierId, int roundNo, String content, Instant requestedAt, String requestedBy,
            DossierStatus resumeStatus, Instant oldDueAt) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.roundNo = roundNo;
        this.content = content;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
        this.resumeStatus = resumeStatus.code();
        this.oldDueAt = oldDueAt;
    }

    void received(Instant at, String by, Instant newDue) {
        this.receivedAt = at;
        this.receivedBy = by;
        this.newDueAt = newDue;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public int roundNo() {
        return roundNo;
    }

    public String content() {
        return content;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public DossierStatus resumeStatus() {
        return DossierStatus.of(resumeStatus);
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    public Instant oldDueAt() {
        return oldDueAt;
    }

    public Instant newDueAt() {
        return newDueAt;
    }

    public boolean open() {
        return receivedAt == null;
    }
}
