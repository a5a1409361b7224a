package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.motcua.common.UserFacingException;

/**
 * One fee line of a dossier (phí, lệ phí), computed from the procedure's fee rule at receipt.
 * A QR shown is not a payment made: the line is paid only when the clerk confirms it or a
 * bank statement line matches it.
 */
@Entity
@Table(name = "dossier_fee")
public class DossierFee {
    @Id
    private UUID id;
    @Column(name = "dossier_id", nullable = false)
    private UUID dossierId;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(nullable = false)
    private long amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FeeState state;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    private String reference;
    @Column(name = "settled_at")
    private Instant settledAt;
    @Column(name = "settled_by")
    private String settledBy;
    /** The legal ground of an exemption, or the reason of a refund. */
    private String ground;
    @Version
    private long version;

    protected DossierFee() {
    }

    DossierFee(UUID dossierId, int lineNo, String code, String name, long amount) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.lineNo = lineNo;
        this.code = code;
        this.name = name;
        this.amount = amount;
        this.state = FeeState.DUE;
    }

    /** A line the portal added (or the line of a dossier submitted online), under the portal's own ID when it has one. */
    DossierFee(UUID id, UUID dossierId, int lineNo, String code, String name, long amount) {
        this(dossierId, lineNo, code, name, amount);
        if (id != null) {
            this.id = id;
        }
    }

    void pay(PaymentMethod how, String ref, Instant at, String by) {
        requireState(FeeState.DUE);
        state = FeeState.PAID;
        method = how;
        reference = ref;
        settledAt = at;
        settledBy = by;
    }

    void exempt(String legalGround, Instant at, String by) {
        requireState(FeeState.DUE);
        state = FeeState.EXEMPT;
        ground = legalGround;
        settledAt = at;
        settledBy = by;
    }

    void refund(String reason, Instant at, String by) {
        requireState(FeeState.PAID);
        state = FeeState.REFUNDED;
        ground = reason;
        settledAt = at;
        settledBy = by;
    }

    /**
     * Takes the portal's values (fees and payment are portal-owned, design/sync.md): amount,
     * name, state and how and when it was settled. The caller logs the desk's values first.
     */
    void takePortal(String newCode, String newName, long newAmount, FeeState newState, PaymentMethod newMethod, Instant at) {
        code = newCode;
        name = newName;
        amount = newAmount;
        if (newState != state || newMethod != method) {
            state = newState;
            method = newState == FeeState.DUE ? null : newMethod;
            settledAt = newState == FeeState.DUE ? null : at;
            settledBy = newState == FeeState.DUE ? null : "portal";
        }
    }

    private void requireState(FeeState expected) {
        if (state != expected) {
            throw new UserFacingException("fees.wrongState", name, state.name(), expected.name());
        }
    }

    public UUID id() {
        return id;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public int lineNo() {
        return lineNo;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public long amount() {
        return amount;
    }

    public FeeState state() {
        return state;
    }

    public PaymentMethod method() {
        return method;
    }

    public String reference() {
        return reference;
    }

    public Instant settledAt() {
        return settledAt;
    }

    public String ground() {
        return ground;
    }
}
