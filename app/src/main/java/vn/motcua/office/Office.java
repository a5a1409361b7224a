package vn.motcua.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.calendar.OfficeHours;

/**
 * The commune's one-stop office this database belongs to (Trung tâm Phục vụ hành chính công
 * cấp xã). Its agency electronic ID (mã định danh điện tử) prefixes every dossier code.
 */
@Entity
@Table(name = "office")
public class Office {
    @Id
    private UUID id;
    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(nullable = false)
    private String name;
    private String province;
    @Column(name = "lookup_url")
    private String lookupUrl;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "morning_hours", nullable = false)
    private String morningHours = "07:30-11:30";
    @Column(name = "afternoon_hours", nullable = false)
    private String afternoonHours = "13:30-17:00";
    @Column(name = "saturday_reception")
    private String saturdayReception;
    @Column(name = "parent_body")
    private String parentBody;
    @Column(name = "place_name")
    private String placeName;
    private String phone;
    @Column(name = "bank_bin")
    private String bankBin;
    @Column(name = "bank_account")
    private String bankAccount;
    @Column(name = "bank_name")
    private String bankName;
    @Column(name = "pause_policy", nullable = false)
    @Enumerated(EnumType.STRING)
    private vn.motcua.calendar.PausePolicy pausePolicy = vn.motcua.calendar.PausePolicy.SHIFT_BY_PAUSED_TIME;
    @Enumerated(EnumType.STRING)
    @Column(name = "numbering_mode", nullable = false)
    private NumberingMode numberingMode = NumberingMode.LOCAL;
    @Column(name = "numbering_from", nullable = false)
    private int numberingFrom = 1;
    @Column(name = "numbering_to", nullable = false)
    private int numberingTo = 9999;
    @Version
    private long version;

    protected Office() {
    }

    Office(String agencyCode, String name, String province, String lookupUrl, Instant now) {
        this.id = UUID.randomUUID();
        this.agencyCode = agencyCode;
        this.name = name;
        this.province = province;
        this.lookupUrl = lookupUrl;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    /** The agency electronic ID, opaque: never parsed (e.g. {@code 000.00.06.H56}). */
    public String agencyCode() {
        return agencyCode;
    }

    public String name() {
        return name;
    }

    public String province() {
        return province;
    }

    public String lookupUrl() {
        return lookupUrl;
    }

    /** The office hours: Monday–Friday, morning and afternoon, optional Saturday reception. */
    public OfficeHours hours() {
        OfficeHours hours = OfficeHours.weekdays(SessionText.parse(morningHours, "morning"),
                SessionText.parse(afternoonHours, "afternoon"));
        return saturdayReception == null ? hours : hours.withSaturdayReception(SessionText.parse(saturdayReception, "saturday"));
    }

    void setHours(OfficeHours hours) {
        morningHours = SessionText.format(hours.sessions().get(0));
        afternoonHours = SessionText.format(hours.sessions().get(1));
        saturdayReception = hours.saturdayReception().map(SessionText::format).orElse(null);
    }

    /** The people's committee above the centre, printed over the issuing body (e.g. "UBND XÃ AN BÌNH"); may be null. */
    public String parentBody() {
        return parentBody;
    }

    /** The place written before the date on forms (e.g. "Xã An Bình") as configured; null when unset. */
    public String placeName() {
        return placeName;
    }

    /** What forms print before the date: the configured place, else the office name. */
    public String placeOnForms() {
        return placeName != null ? placeName : name;
    }

    public String phone() {
        return phone;
    }

    /** The commune's bank account for fee transfers (VietQR), absent until configured. */
    public java.util.Optional<BankAccount> bankAccount() {
        return bankBin == null || bankAccount == null ? java.util.Optional.empty()
                : java.util.Optional.of(new BankAccount(bankBin, bankAccount, bankName));
    }

    /** Who numbers dossiers of this agency ID on this desk, and which part of the daily sequence it may use. */
    public Numbering numbering() {
        return new Numbering(numberingMode, numberingFrom, numberingTo);
    }

    /** What a supplement round does to the deadline of dossiers received from now on (reference §5). */
    public vn.motcua.calendar.PausePolicy pausePolicy() {
        return pausePolicy;
    }

    void pausePolicy(vn.motcua.calendar.PausePolicy policy) {
        this.pausePolicy = policy;
    }

    void configure(OfficeSettings settings) {
        if (settings.name() != null) {
            name = settings.name();
        }
        if (settings.province() != null) {
            province = settings.province();
        }
        if (settings.lookupUrl() != null) {
            lookupUrl = settings.lookupUrl();
        }
        if (settings.parentBody() != null) {
            parentBody = settings.parentBody();
        }
        if (settings.placeName() != null) {
            placeName = settings.placeName();
        }
        if (settings.phone() != null) {
            phone = settings.phone();
        }
        if (settings.bank() != null) {
            bankBin = settings.bank().bin();
            bankAccount = settings.bank().account();
            bankName = settings.bank().bankName();
        }
        if (settings.numbering() != null) {
            numberingMode = settings.numbering().mode();
            numberingFrom = settings.numbering().from();
            numberingTo = settings.numbering().to();
        }
    }
}
