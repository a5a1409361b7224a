package vn.motcua.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One line of the append-only audit trail: who did what to which record, and when. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {
    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(nullable = false)
    private Instant at;
    @Column(name = "actor_id")
    private UUID actorId;
    @Column(name = "actor_name")
    private String actorName;
    @Column(nullable = false)
    private String action;
    @Column(name = "subject_type")
    private String subjectType;
    @Column(name = "subject_id")
    private String subjectId;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, Actor actor, String action, String subjectType, String subjectId, String detail) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actorId = actor.id();
        this.actorName = actor.username();
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail;
    }

    public UUID id() {
        return id;
    }

    /** The order entries were written in (database identity): newest first is {@code seq desc}. */
    public Long seq() {
        return seq;
    }

    public Instant at() {
        return at;
    }

    public String actorName() {
        return actorName;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String detail() {
        return detail;
    }
}
