package vn.motcua.sync.bundle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An acknowledgement file already imported (by its SHA-256): importing it again changes nothing. */
@Entity
@Table(name = "sync_bundle_ack")
public class SyncBundleAck {
    @Id
    @Column(name = "ack_sha256")
    private String ackSha256;
    @Column(name = "bundle_id", nullable = false)
    private UUID bundleId;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "imported_by", nullable = false)
    private String importedBy;
    @Column(name = "done_count", nullable = false)
    private int done;
    @Column(name = "rejected_count", nullable = false)
    private int rejected;
    @Column(name = "conflict_count", nullable = false)
    private int conflicts;
    @Column(name = "waiting_count", nullable = false)
    private int waiting;
    @Column(name = "ignored_count", nullable = false)
    private int ignored;

    protected SyncBundleAck() {
    }

    SyncBundleAck(String ackSha256, UUID bundleId, Instant importedAt, String importedBy, BundleAcks.Summary summary) {
        this.ackSha256 = ackSha256;
        this.bundleId = bundleId;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.done = summary.done();
        this.rejected = summary.rejected();
        this.conflicts = summary.conflicts();
        this.waiting = summary.waiting();
        this.ignored = summary.ignored();
    }

    public UUID bundleId() {
        return bundleId;
    }

    public Instant importedAt() {
        return importedAt;
    }
}
