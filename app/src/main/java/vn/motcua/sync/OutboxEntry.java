package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One action waiting to reach the provincial portal. Its UUID is the idempotency key the
 * portal sees, so a retry after a lost answer never creates a second copy.
 */
@Entity
@Table(name = "outbox_entry")
public class OutboxEntry {
    /** Where an entry stands; the sender never deletes an entry, it only moves it forward. */
    public enum State { PENDING, SENT, NEEDS_ATTENTION }

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(name = "aggregate_type", nullable = false)
    private String aggregateType;
    @Column(name = "aggregate_id", nullable = false)
    private UUID aggregateId;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false)
    private String payload;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Version
    private long version;

    protected OutboxEntry() {
    }

    OutboxEntry(String aggregateType, UUID aggregateId, String action, String payload, Instant now) {
        this.id = UUID.randomUUID();
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.action = action;
        this.payload = payload;
        this.createdAt = now;
        this.state = State.PENDING;
        this.nextAttemptAt = now;
    }

    public UUID id() {
        return id;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public UUID aggregateId() {
        return aggregateId;
    }

    public String action() {
        return action;
    }

    public String payload() {
        return payload;
    }

    public State state() {
        return state;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String lastError() {
        return lastError;
    }
}
