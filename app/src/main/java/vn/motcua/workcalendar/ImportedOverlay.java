package vn.motcua.workcalendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * One announced overlay imported by the administrator. Rows are never changed or deleted: a
 * new import for a year adds a row, and the newest row of a year is the one in force.
 */
@Entity
@Immutable
@Table(name = "calendar_overlay")
public class ImportedOverlay {
    @Id
    private UUID id;
    @Column(name = "\"year\"", nullable = false)
    private int year;
    @Column(nullable = false)
    private String version;
    @Column(nullable = false, length = OverlayText.MAX_CHARS)
    private String text;
    @Column(nullable = false)
    private String sha256;
    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;
    @Column(name = "imported_by")
    private String importedBy;

    protected ImportedOverlay() {
    }

    ImportedOverlay(int year, String version, String text, String sha256, Instant importedAt, String importedBy) {
        this.id = UUID.randomUUID();
        this.year = year;
        this.version = version;
        this.text = text;
        this.sha256 = sha256;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public UUID id() {
        return id;
    }

    OverlaySource toSource() {
        return new OverlaySource(year, version, OverlaySource.Origin.IMPORTED, text, sha256, importedAt, importedBy);
    }
}
