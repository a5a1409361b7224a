package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The lease row of {@link RunnerLease}: who runs the sync for this office database, until when. */
@Entity
@Table(name = "sync_lease")
public class SyncLeaseRow {
    @Id
    private String name;
    private String holder;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Version
    private long version;

    protected SyncLeaseRow() {
    }

    public String holder() {
        return holder;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
