package vn.motcua.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stored PDF linked to a dossier component, with the national digitization flags; removed only by tombstone. */
@Entity
@Table(name = "dossier_document")
public class DossierDocument {
    @Id
    private UUID id;
    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;
    @Column(name = "component_code", nullable = false)
    private String componentCode;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(nullable = false)
    private String sha256;
    @Column(nullable = false)
    private int pages;
    @Column(nullable = false)
    private long bytes;
    @Column(nullable = false)
    private boolean digitized;
    @Column(nullable = false)
    private boolean reused;
    @Column(name = "from_national_store", nullable = false)
    private boolean fromNationalStore;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;
    @Column(name = "removed_at")
    private Instant removedAt;
    @Column(name = "removed_by")
    private String removedBy;
    @Column(name = "removal_reason")
    private String removalReason;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    private DocumentKind kind = DocumentKind.INPUT;

    protected DossierDocument() {
    }

    DossierDocument(UUID dossierId, String componentCode, String fileName, StoredFile file, int pages, Instant at, String by) {
        this(dossierId, componentCode, fileName, file.sha256(), file.bytes(), pages, DocumentKind.INPUT, at, by);
    }

    DossierDocument(UUID dossierId, String componentCode, String fileName, StoredFile file, int pages, DocumentKind kind,
            Instant at, String by) {
        this(dossierId, componentCode, fileName, file.sha256(), file.bytes(), pages, kind, at, by);
    }

    private DossierDocument(UUID dossierId, String componentCode, String fileName, String sha256, long bytes, int pages,
            DocumentKind kind, Instant at, String by) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.componentCode = componentCode;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.pages = pages;
        this.bytes = bytes;
        this.digitized = true;
        this.kind = kind;
        this.createdAt = at;
        this.createdBy = by;
    }

    /**
     * A new link of {@code earlier}'s stored PDF to another dossier, flagged reused and not
     * digitized: this dossier's paper was not scanned, the file comes from the earlier scan
     * (see {@link DocumentReuse}).
     */
    static DossierDocument reusedFrom(DossierDocument earlier, UUID dossierId, String componentCode, String fileName, Instant at,
            String by) {
        DossierDocument d = new DossierDocument(dossierId, componentCode, fileName, earlier.sha256, earlier.bytes, earlier.pages,
                DocumentKind.INPUT, at, by);
        d.digitized = false;
        d.reused = true;
        return d;
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public String componentCode() {
        return componentCode;
    }

    public String fileName() {
        return fileName;
    }

    public String sha256() {
        return sha256;
    }

    public int pages() {
        return pages;
    }

    public long bytes() {
        return bytes;
    }

    public boolean digitized() {
        return digitized;
    }

    public boolean reused() {
        return reused;
    }

    public boolean fromNationalStore() {
        return fromNationalStore;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public DocumentKind kind() {
        return kind;
    }

    /** The username of the clerk who linked it. */
    public String createdBy() {
        return createdBy;
    }

    public Instant removedAt() {
        return removedAt;
    }

    public String removedBy() {
        return removedBy;
    }

    public String removalReason() {
        return removalReason;
    }

    /** The tombstone: the link stays, marked removed with who and why; the stored file is never deleted. */
    void remove(Instant at, String by, String reason) {
        if (removedAt != null) {
            throw new vn.motcua.common.UserFacingException("documents.alreadyRemoved", fileName);
        }
        removedAt = at;
        removedBy = by;
        removalReason = reason;
    }
}
