package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.IdKind;
import vn.motcua.citizen.PersonalIds;
import vn.motcua.citizen.Sex;
import vn.motcua.common.Text;

/**
 * The applicant as they were on the day of receipt (người nộp hồ sơ). Kept on the dossier so
 * that a receipt re-rendered years later shows what was printed, even if the person's address
 * has changed since.
 */
@Embeddable
public class ApplicantSnapshot {
    @Column(name = "applicant_name", nullable = false)
    private String fullName;
    @Column(name = "applicant_search", nullable = false)
    private String searchKey;
    @Column(name = "applicant_id_number")
    private String idNumber;
    /** Owner ID type of the portal: 1 twelve-digit personal ID, 2 old nine-digit card. */
    @Column(name = "applicant_id_kind")
    private Integer idKind;
    @Column(name = "applicant_birth")
    private LocalDate birthDate;
    @Column(name = "applicant_sex")
    private String sex;
    @Column(name = "applicant_address")
    private String address;
    @Column(name = "applicant_phone")
    private String phone;
    @Column(name = "applicant_email")
    private String email;

    protected ApplicantSnapshot() {
    }

    static ApplicantSnapshot of(ApplicantDetails d) {
        ApplicantSnapshot s = new ApplicantSnapshot();
        s.fullName = d.fullName();
        s.searchKey = Text.fold(d.fullName());
        s.idNumber = d.idNumber();
        s.idKind = d.idNumber() == null ? null : PersonalIds.kindOf(d.idNumber()) == IdKind.PERSONAL_ID_12 ? 1 : 2;
        s.birthDate = d.birthDate();
        s.sex = d.sex() == null ? null : d.sex().name();
        s.address = d.address();
        s.phone = d.phone();
        s.email = d.email();
        return s;
    }

    /**
     * The applicant of a dossier submitted online, as the portal sent it: kept verbatim (the
     * portal checked it; the desk must not refuse the citizen's own data), NFC-normalized.
     */
    static ApplicantSnapshot fromPortal(String fullName, String idNumber, String phone, String email) {
        ApplicantSnapshot s = new ApplicantSnapshot();
        s.fullName = fullName == null ? "" : fullName;
        s.searchKey = Text.fold(s.fullName);
        s.idNumber = idNumber;
        s.idKind = idNumber == null ? null : idNumber.length() == 12 ? 1 : 2;
        s.phone = phone;
        s.email = email;
        return s;
    }

    /** A contact change that came from the portal (sync pull). */
    void contact(String phone, String email) {
        this.phone = phone;
        this.email = email;
    }

    public ApplicantDetails details() {
        return new ApplicantDetails(fullName, idNumber, birthDate, sex == null ? null : Sex.valueOf(sex), address, phone, email);
    }

    public String fullName() {
        return fullName;
    }

    public String idNumber() {
        return idNumber;
    }

    public boolean oldId() {
        return idKind != null && idKind == 2;
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
}
