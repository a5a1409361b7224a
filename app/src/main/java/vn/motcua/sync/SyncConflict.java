package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * Something both sides changed that only a person can settle (xung đột): the two values side
 * by side, never overwritten and never deleted, only marked resolved (faults 20, 21, 35).
 */
@Entity
@Table(name = "sync_conflict")
public class SyncConflict {
    /** What kind of disagreement. */
    public enum Kind {
        /** The same desk-owned field changed on both sides. */
        FIELD,
        /** The portal closed the dossier (withdrawal, refusal, stop) while the desk moved on. */
        STATUS
    }

    @Id
    private UUID id;
    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;
    @Column(nullable = false)
    private String kind;
    private String field;
    @Column(name = "desk_value")
    private String deskValue;
    @Column(name = "portal_value")
    private String portalValue;
    @Column(name = "outbox_id")
    private UUID outboxId;
    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;
    @Column(name = "resolved_at")
    private Instant resolvedAt;
    @Column(name = "resolved_by")
    private String resolvedBy;
    /** KEEP_DESK or TAKE_PORTAL once a person decided a FIELD clash. */
    private String decision;
    @Version
    private long version;

    protected SyncConflict() {
    }

    SyncConflict(UUID dossierId, Kind kind, String field, String deskValue, String portalValue, UUID outboxId, Instant at) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.kind = kind.name();
        this.field = field;
        this.deskValue = OutboxEntry.shorten(deskValue);
        this.portalValue = OutboxEntry.shorten(portalValue);
        this.outboxId = outboxId;
        this.detectedAt = at;
    }

    void resolve(String by, Instant at) {
        resolvedBy = by;
        resolvedAt = at;
    }

    void chosen(String choice) {
        decision = choice;
    }

    public String chosen() {
        return decision;
    }

    public String resolvedBy() {
        return resolvedBy;
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public Kind kind() {
        return Kind.valueOf(kind);
    }

    public String field() {
        return field;
    }

    public String deskValue() {
        return deskValue;
    }

    public String portalValue() {
        return portalValue;
    }

    public UUID outboxId() {
        return outboxId;
    }

    public Instant detectedAt() {
        return detectedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }
}
