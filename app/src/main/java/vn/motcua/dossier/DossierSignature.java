package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/**
 * A digital signature put on one of the dossier's documents — the electronic result ("RESULT")
 * or a letter ("04", "05") — with the signer as the certificate names them and the time of signing.
 */
@Entity
@Immutable
@Table(name = "dossier_signature")
public class DossierSignature {
    @Id
    private UUID id;
    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;
    @Column(nullable = false)
    private String what;
    @Column(name = "document_sha256", nullable = false)
    private String documentSha256;
    @Column(name = "signer_name", nullable = false)
    private String signerName;
    @Column(name = "signer_subject", nullable = false)
    private String signerSubject;
    @Column(name = "certificate_serial", nullable = false)
    private String certificateSerial;
    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;
    @Column(name = "signed_by", nullable = false)
    private String signedBy;

    protected DossierSignature() {
    }

    public DossierSignature(UUID dossierId, String what, String documentSha256, String signerName, String signerSubject,
            String certificateSerial, Instant signedAt, String signedBy) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.what = what;
        this.documentSha256 = documentSha256;
        this.signerName = signerName;
        this.signerSubject = signerSubject;
        this.certificateSerial = certificateSerial;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
    }

    public UUID dossierId() {
        return dossierId;
    }

    /** "RESULT", "04" or "05". */
    public String what() {
        return what;
    }

    public String documentSha256() {
        return documentSha256;
    }

    public String signerName() {
        return signerName;
    }

    public String signerSubject() {
        return signerSubject;
    }

    public String certificateSerial() {
        return certificateSerial;
    }

    public Instant signedAt() {
        return signedAt;
    }

    /** The desk user who used the key. */
    public String signedBy() {
        return signedBy;
    }
}
