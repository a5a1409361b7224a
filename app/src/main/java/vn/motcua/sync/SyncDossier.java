package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What the desk knows of one dossier on the portal: the version the portal acknowledged (the
 * {@code If-Match} of the next update), the last feed version applied and the snapshot at that
 * version, the base against which a field changed on both sides is recognised (fault 21).
 */
@Entity
@Table(name = "sync_dossier")
public class SyncDossier {
    @Id
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(nullable = false)
    private String origin;
    @Column(name = "server_version")
    private Long serverVersion;
    @Column(name = "applied_version")
    private Long appliedVersion;
    @Column(name = "base_snapshot")
    private String baseSnapshot;
    @Column(name = "synced_at")
    private Instant syncedAt;
    @Column(name = "incoming_at")
    private Instant incomingAt;
    @Column(name = "refresh_needed", nullable = false)
    private boolean refreshNeeded;
    @Version
    private long version;

    protected SyncDossier() {
    }

    SyncDossier(UUID dossierId, String origin) {
        this.dossierId = dossierId;
        this.origin = origin;
    }

    /** The row of a dossier, created on first need. */
    static SyncDossier of(org.hibernate.Session s, UUID dossierId, String origin) {
        SyncDossier d = s.find(SyncDossier.class, dossierId);
        if (d == null) {
            d = new SyncDossier(dossierId, origin);
            s.persist(d);
        }
        return d;
    }

    /**
     * An acknowledgement of the desk's own write at version {@code v}. It moves the known
     * version only when nothing else happened in between (v = known + 1): a gap means someone
     * else changed the dossier, and the desk has not seen that yet, so its next update must
     * meet a 412 and merge. An older acknowledgement changes nothing (fault 8).
     */
    void acknowledged(Long v, Instant at) {
        if (v != null && (serverVersion == null || v == serverVersion + 1)) {
            serverVersion = v;
        }
        syncedAt = at;
    }

    /** After a 412 merged against the portal's current snapshot: the desk has reconciled version {@code v}. */
    void reconciled(long v) {
        if (serverVersion == null || v > serverVersion) {
            serverVersion = v;
        }
    }

    void applied(long v, String snapshot) {
        appliedVersion = v;
        baseSnapshot = snapshot;
        if (serverVersion == null || v > serverVersion) {
            serverVersion = v;
        }
    }

    void incoming(Instant at) {
        incomingAt = at;
    }

    /** A full resync passed it by while its actions waited: fetch it once they have landed (fault 31). */
    void refreshLater(boolean needed) {
        refreshNeeded = needed;
    }

    public boolean refreshNeeded() {
        return refreshNeeded;
    }

    void seen() {
        incomingAt = null;
    }

    public UUID dossierId() {
        return dossierId;
    }

    /** {@code desk} or {@code portal} (submitted online). */
    public String origin() {
        return origin;
    }

    public Long serverVersion() {
        return serverVersion;
    }

    public Long appliedVersion() {
        return appliedVersion;
    }

    public String baseSnapshot() {
        return baseSnapshot;
    }

    public Instant syncedAt() {
        return syncedAt;
    }

    /** When a portal change arrived that the clerk has not seen yet, else null. */
    public Instant incomingAt() {
        return incomingAt;
    }
}
