package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The citizen's rating of a returned dossier (reference §14): level 1 very satisfied, 2 satisfied, 3 not satisfied. */
@Entity
@Table(name = "dossier_rating")
public class DossierRating {
    @Id
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(nullable = false)
    private int level;
    private String reason;
    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected DossierRating() {
    }

    DossierRating(UUID dossierId, int level, String reason, Instant ratedAt) {
        this.dossierId = dossierId;
        this.level = level;
        this.reason = reason;
        this.ratedAt = ratedAt;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public int level() {
        return level;
    }

    public String reason() {
        return reason;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
