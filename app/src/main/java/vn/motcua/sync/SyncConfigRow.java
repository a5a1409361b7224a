package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The stored portal settings (one row); see {@link SyncSettings} for how the secret is kept. */
@Entity
@Table(name = "sync_config")
public class SyncConfigRow {
    static final int ROW = 1;

    @Id
    private int id;
    @Column(name = "portal_url", nullable = false)
    private String portalUrl;
    @Column(name = "client_id", nullable = false)
    private String clientId;
    @Column(name = "client_secret", nullable = false)
    private String clientSecret;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    protected SyncConfigRow() {
    }

    SyncConfigRow(String portalUrl, String clientId, String clientSecret, Instant at, String by) {
        this.id = ROW;
        set(portalUrl, clientId, clientSecret, at, by);
    }

    void set(String portalUrl, String clientId, String clientSecret, Instant at, String by) {
        this.portalUrl = portalUrl;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.updatedAt = at;
        this.updatedBy = by;
    }

    SyncConfig toConfig() {
        return new SyncConfig(java.net.URI.create(portalUrl), clientId, clientSecret);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
