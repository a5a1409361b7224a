package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.motcua.catalog.ComponentSource;

/**
 * One line of the dossier's checklist (thành phần hồ sơ) as received: what the procedure asks
 * for, and the counts the citizen brought.
 */
@Embeddable
public class DossierComponent {
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private int originals;
    @Column(name = "certified_copies", nullable = false)
    private int certifiedCopies;
    @Column(nullable = false)
    private int photocopies;
    @Column(nullable = false)
    private int pages;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComponentSource source;
    @Column(nullable = false)
    private boolean mandatory;
    @Column(nullable = false)
    private boolean provided;
    private String note;

    protected DossierComponent() {
    }

    DossierComponent(String code, String name, int originals, int certifiedCopies, int photocopies, int pages,
            ComponentSource source, boolean mandatory, boolean provided, String note) {
        this.code = code;
        this.name = name;
        this.originals = originals;
        this.certifiedCopies = certifiedCopies;
        this.photocopies = photocopies;
        this.pages = pages;
        this.source = source;
        this.mandatory = mandatory;
        this.provided = provided;
        this.note = note;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int originals() {
        return originals;
    }

    public int certifiedCopies() {
        return certifiedCopies;
    }

    public int photocopies() {
        return photocopies;
    }

    public int pages() {
        return pages;
    }

    public ComponentSource source() {
        return source;
    }

    public boolean mandatory() {
        return mandatory;
    }

    /** False for a mandatory paper that is missing (listed on form 02). */
    public boolean provided() {
        return provided;
    }

    public String note() {
        return note;
    }
}
