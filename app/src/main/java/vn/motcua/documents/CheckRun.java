package vn.motcua.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One run of the document-store integrity check: when, what started it, and how many files
 * were checked, missing or altered. Kept so the weekly schedule knows when the last run was and
 * the administrator can see the store was re-hashed.
 */
@Entity
@Table(name = "document_check_run")
public class CheckRun {
    @Id
    private UUID id;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;
    @Column(nullable = false)
    private int checked;
    @Column(nullable = false)
    private int missing;
    @Column(nullable = false)
    private int altered;
    @Column(name = "run_trigger", nullable = false)
    private String trigger;
    @Column(name = "run_by", nullable = false)
    private String runBy;

    protected CheckRun() {
    }

    CheckRun(Instant startedAt, Instant finishedAt, VerifyReport report, String trigger, String runBy) {
        this.id = UUID.randomUUID();
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.checked = report.checked();
        this.missing = report.missing().size();
        this.altered = report.altered().size();
        this.trigger = trigger;
        this.runBy = runBy;
    }

    public UUID id() {
        return id;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public int checked() {
        return checked;
    }

    public int missing() {
        return missing;
    }

    public int altered() {
        return altered;
    }

    /** What started the run: {@link IntegrityCheck#MANUAL}, {@link IntegrityCheck#SCHEDULE}, or another short word. */
    public String trigger() {
        return trigger;
    }

    public String runBy() {
        return runBy;
    }

    public boolean intact() {
        return missing == 0 && altered == 0;
    }
}
