package vn.motcua.office;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
}
