package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A change of the portal's feed already applied, recorded in the same transaction (faults 29, 30). */
@Entity
@Immutable
@Table(name = "sync_applied_change")
public class AppliedChange {
    @Id
    @Column(name = "change_id")
    private UUID changeId;
    @Column(nullable = false)
    private long seq;
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    protected AppliedChange() {
    }

    AppliedChange(UUID changeId, long seq, UUID dossierId, Instant appliedAt) {
        this.changeId = changeId;
        this.seq = seq;
        this.dossierId = dossierId;
        this.appliedAt = appliedAt;
    }

    public UUID changeId() {
        return changeId;
    }

    public long seq() {
        return seq;
    }
}
