package vn.motcua.sync.bundle;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A hand-carried bundle this desk exported (gói mang tay): the SHA-256 of the file as written,
 * which its acknowledgement names, and the opIds it holds, which are the only entries that
 * acknowledgement may settle. Never deleted.
 */
@Entity
@Table(name = "sync_bundle")
public class SyncBundle {
    @Id
    private UUID id;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "action_count", nullable = false)
    private int actionCount;
    @Column(name = "attachment_count", nullable = false)
    private int attachmentCount;
    @Column(name = "byte_count", nullable = false)
    private long byteCount;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "sync_bundle_op", joinColumns = @JoinColumn(name = "bundle_id"))
    @OrderColumn(name = "op_index")
    @Column(name = "op_id", nullable = false)
    private List<UUID> opIds = new ArrayList<>();

    protected SyncBundle() {
    }

    SyncBundle(UUID id, String sha256, String fileName, Instant createdAt, String createdBy, List<UUID> opIds, int attachmentCount,
            long byteCount) {
        this.id = id;
        this.sha256 = sha256;
        this.fileName = fileName;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.actionCount = opIds.size();
        this.opIds = new ArrayList<>(opIds);
        this.attachmentCount = attachmentCount;
        this.byteCount = byteCount;
    }

    static SyncBundle bySha256(org.hibernate.Session s, String sha256) {
        return s.createSelectionQuery("from SyncBundle b where b.sha256 = :h", SyncBundle.class).setParameter("h", sha256)
                .uniqueResult();
    }

    public UUID id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String fileName() {
        return fileName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public int actionCount() {
        return actionCount;
    }

    public int attachmentCount() {
        return attachmentCount;
    }

    public long byteCount() {
        return byteCount;
    }

    /** The outbox entry IDs it carries, in file order. */
    public List<UUID> opIds() {
        return List.copyOf(opIds);
    }
}
