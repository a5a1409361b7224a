package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One block {@code from..to} of a day's dossier sequence, leased to this office by the portal. */
@Entity
@Table(name = "code_lease")
public class CodeLease {
    @Id
    private UUID id;
    @Column(name = "agency_code", nullable = false)
    private String agencyCode;
    @Column(name = "lease_day", nullable = false)
    private LocalDate day;
    @Column(name = "seq_from", nullable = false)
    private int from;
    @Column(name = "seq_to", nullable = false)
    private int to;
    @Column(name = "leased_at", nullable = false)
    private Instant leasedAt;

    protected CodeLease() {
    }

    CodeLease(String agencyCode, LocalDate day, int from, int to, Instant leasedAt) {
        this.id = UUID.randomUUID();
        this.agencyCode = agencyCode;
        this.day = day;
        this.from = from;
        this.to = to;
        this.leasedAt = leasedAt;
    }

    public LocalDate day() {
        return day;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }
}
