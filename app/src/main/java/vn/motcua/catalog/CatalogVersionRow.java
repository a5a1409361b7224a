package vn.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One imported catalogue version. Rows are never changed or deleted: dossiers refer to them by
 * version name, and the row with the highest {@code seq} is the catalogue in force. The whole
 * catalogue is kept as its canonical JSON document.
 */
@Entity
@Immutable
@Table(name = "catalog_version")
public class CatalogVersionRow {
    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private int seq;
    @Column(nullable = false, unique = true)
    private String version;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "imported_by")
    private String importedBy;
    @Column(nullable = false)
    private String source;
    @Column(nullable = false)
    private String sha256;
    /** {@code text}: unbounded in PostgreSQL, VARCHAR(1e9) in H2 (a province's catalogue runs to megabytes). */
    @Column(nullable = false)
    private String document;

    protected CatalogVersionRow() {
    }

    CatalogVersionRow(int seq, String version, Instant importedAt, String importedBy, String source, String sha256,
            String document) {
        this.id = UUID.randomUUID();
        this.seq = seq;
        this.version = version;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
        this.source = source;
        this.sha256 = sha256;
        this.document = document;
    }

    UUID id() {
        return id;
    }

    String version() {
        return version;
    }

    /** The version as the application uses it (the document parsed again). */
    CatalogVersion toVersion() {
        ParsedCatalog parsed = CatalogJson.read(document, "catalog_version " + version);
        return new CatalogVersion(version, importedAt, source, parsed.procedures());
    }
}
