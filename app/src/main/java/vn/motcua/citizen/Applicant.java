package vn.motcua.citizen;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.motcua.common.Text;

/**
 * A person who has submitted a dossier at this office (người nộp hồ sơ). Created and refreshed
 * only through {@link ApplicantDirectory#remember}, always from validated, normalized details.
 */
@Entity
@Table(name = "applicant")
public class Applicant {
    @Id
    private UUID id;
    @Column(name = "full_name", nullable = false)
    private String fullName;
    @Column(name = "search_key", nullable = false)
    private String searchKey;
    @Column(name = "id_number", unique = true, length = 12)
    private String idNumber;
    @Column(name = "id_kind", length = 16)
    @Enumerated(EnumType.STRING)
    private IdKind idKind;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(length = 8)
    @Enumerated(EnumType.STRING)
    private Sex sex;
    @Column(length = 500)
    private String address;
    @Column(length = 16)
    private String phone;
    @Column(length = 254)
    private String email;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Applicant() {
    }

    Applicant(ApplicantDetails details, Instant now) {
        this.id = UUID.randomUUID();
        this.createdAt = now;
        refresh(details, now);
    }

    /**
     * Takes what was typed this time; a field left empty keeps what was known (a citizen who
     * gave a phone number last time need not repeat it).
     */
    void refresh(ApplicantDetails d, Instant now) {
        this.fullName = d.fullName();
        this.searchKey = Text.fold(d.fullName());
        if (d.idNumber() != null) {
            this.idNumber = d.idNumber();
            this.idKind = PersonalIds.kindOf(d.idNumber());
        }
        this.birthDate = d.birthDate() != null ? d.birthDate() : birthDate;
        this.sex = d.sex() != null ? d.sex() : sex;
        this.address = d.address() != null ? d.address() : address;
        this.phone = d.phone() != null ? d.phone() : phone;
        this.email = d.email() != null ? d.email() : email;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    /** The folded name the directory searches on. */
    public String searchKey() {
        return searchKey;
    }

    public String idNumber() {
        return idNumber;
    }

    public IdKind idKind() {
        return idKind;
    }

    /** Whether the number on file is an old 9-digit ID card (CMND), to be shown as old. */
    public boolean oldId() {
        return idKind == IdKind.OLD_ID_CARD_9;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return sex;
    }

    public String address() {
        return address;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** What is on file, as details the intake form can show and edit. */
    public ApplicantDetails details() {
        return new ApplicantDetails(fullName, idNumber, birthDate, sex, address, phone, email);
    }
}
