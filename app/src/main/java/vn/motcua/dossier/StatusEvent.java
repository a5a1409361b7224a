package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import vn.motcua.security.Actor;

/** One status change of a dossier (who, when, from → to, note). Append-only. */
@Entity
@Immutable
@Table(name = "dossier_status_event")
public class StatusEvent {
    @Id
    private UUID id;
    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(nullable = false)
    private Instant at;
    @Column(name = "actor_id")
    private UUID actorId;
    @Column(name = "actor_name", nullable = false)
    private String actorName;
    @Column(name = "from_status")
    private Integer fromStatus;
    @Column(name = "to_status", nullable = false)
    private int toStatus;
    private String note;
    @Column(name = "to_user_name")
    private String toUserName;

    protected StatusEvent() {
    }

    StatusEvent(UUID dossierId, Instant at, Actor actor, DossierStatus from, DossierStatus to, String note) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.at = at;
        this.actorId = actor.id();
        this.actorName = actor.username();
        this.fromStatus = from == null ? null : from.code();
        this.toStatus = to.code();
        this.note = note;
    }

    /** A hand-over: the status event also names who received the dossier. */
    StatusEvent(UUID dossierId, Instant at, Actor actor, DossierStatus from, DossierStatus to, String note, String toUserName) {
        this(dossierId, at, actor, from, to, note);
        this.toUserName = toUserName;
    }

    /** The receiver of a hand-over, null for other events. */
    public String toUserName() {
        return toUserName;
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public Instant at() {
        return at;
    }

    public String actorName() {
        return actorName;
    }

    public DossierStatus from() {
        return fromStatus == null ? null : DossierStatus.of(fromStatus);
    }

    public DossierStatus to() {
        return DossierStatus.of(toStatus);
    }

    public String note() {
        return note;
    }
}
