package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Where the catalogue pull stands (one row): the version last read from the portal, sent back as
 * {@code If-None-Match} so an unchanged catalogue costs a 304, and the last refusal.
 */
@Entity
@Table(name = "sync_catalog")
public class SyncCatalogRow {
    static final int ROW = 1;

    @Id
    private int id;
    private String etag;
    @Column(name = "checked_at")
    private Instant checkedAt;
    @Column(name = "imported_at")
    private Instant importedAt;
    private String problem;
    @Column(name = "next_check_at")
    private Instant nextCheckAt;
    @Version
    private long version;

    protected SyncCatalogRow() {
    }

    static SyncCatalogRow of(org.hibernate.Session s) {
        return s.find(SyncCatalogRow.class, ROW);
    }

    /** The portal's catalogue is the one the desk holds (304, identical, or just imported). */
    void current(String tag, Instant at, boolean imported) {
        if (tag != null) {
            etag = tag;
        }
        checkedAt = at;
        if (imported) {
            importedAt = at;
        }
        problem = null;
        nextCheckAt = null;
    }

    /**
     * The portal's catalogue was refused. A versioned one is remembered as read (the portal answers
     * 304 while it still serves it, so the refusal is not repeated); either way the portal is asked
     * again only from {@code retryAt}.
     */
    void refused(String tag, String why, Instant at, Instant retryAt) {
        if (tag != null) {
            etag = tag;
        }
        checkedAt = at;
        problem = OutboxEntry.shorten(why);
        nextCheckAt = retryAt;
    }

    void checked(Instant at) {
        checkedAt = at;
    }

    /** The catalogue version last read from the portal, or null before the first. */
    public String etag() {
        return etag;
    }

    public Instant checkedAt() {
        return checkedAt;
    }

    public Instant importedAt() {
        return importedAt;
    }

    /** Why the portal's catalogue was last refused, or null when the desk holds it. */
    public String problem() {
        return problem;
    }

    public Instant nextCheckAt() {
        return nextCheckAt;
    }
}
