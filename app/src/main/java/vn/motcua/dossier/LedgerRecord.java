package vn.motcua.dossier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;
import vn.motcua.calendar.BudgetKind;
import vn.motcua.calendar.DeadlineLedger;
import vn.motcua.calendar.LedgerEvent;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.calendar.PausePolicy;
import vn.motcua.calendar.TimeBudget;

/**
 * The stored form of a dossier's {@link DeadlineLedger}: what is needed to rebuild it (receipt
 * time, budget, pause policy, calendar version, events) and the due instant it gave, kept in a
 * column so that lists and reports can query it.
 */
@Entity
@Table(name = "deadline_ledger")
public class LedgerRecord {
    @Id
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "received_local", nullable = false)
    private LocalDateTime receivedLocal;
    @Enumerated(EnumType.STRING)
    @Column(name = "budget_kind", nullable = false)
    private BudgetKind budgetKind;
    @Column(name = "budget_amount", nullable = false)
    private int budgetAmount;
    @Column(name = "budget_cutoff")
    private String budgetCutoff;
    @Enumerated(EnumType.STRING)
    @Column(name = "pause_policy", nullable = false)
    private PausePolicy pausePolicy;
    @Column(name = "calendar_version", nullable = false)
    private String calendarVersion;
    @Column(name = "due_at")
    private Instant dueAt;
    /** The ledger's events as JSON; empty at receipt (supplements and extensions come with processing). */
    @Column(nullable = false)
    private String events;
    @Version
    private long version;

    protected LedgerRecord() {
    }

    LedgerRecord(UUID dossierId, DeadlineLedger ledger) {
        this.dossierId = dossierId;
        this.receivedLocal = ledger.received();
        this.budgetKind = ledger.budget().kind();
        this.budgetAmount = ledger.budget().amount();
        this.budgetCutoff = ledger.budget().cutoff() == null ? null : ledger.budget().cutoff().toString();
        this.pausePolicy = ledger.policy();
        this.calendarVersion = ledger.calendarVersion();
        this.dueAt = ledger.dueInstant().orElse(null);
        this.events = LedgerEvents.write(ledger.events());
    }

    /** Stores the ledger after an event (supplement, extension, calendar change). */
    void update(DeadlineLedger ledger) {
        this.calendarVersion = ledger.calendarVersion();
        this.dueAt = ledger.dueInstant().orElse(null);
        this.events = LedgerEvents.write(ledger.events());
    }

    /**
     * The ledger rebuilt by replaying the stored events under {@code calendar}: the explanation
     * lines are derived again, never stored, so they cannot disagree with the dates.
     */
    public DeadlineLedger toLedger(WorkCalendar calendar) {
        DeadlineLedger ledger = DeadlineLedger.open(calendar, receivedLocal, budget(), pausePolicy);
        for (LedgerEvent e : LedgerEvents.read(events)) {
            if (e instanceof LedgerEvent.SupplementRequested r) {
                ledger = ledger.requestSupplement(r.at(), r.reason());
            } else if (e instanceof LedgerEvent.SupplementReceived r) {
                ledger = ledger.receiveSupplement(r.at());
            } else if (e instanceof LedgerEvent.Extended x) {
                ledger = ledger.extend(x.at(), x.workingDays(), x.reason());
            }
            // a calendar change is not replayed: the ledger is rebuilt under the calendar given
        }
        return ledger;
    }

    public UUID dossierId() {
        return dossierId;
    }

    public TimeBudget budget() {
        return new TimeBudget(budgetKind, budgetAmount, budgetCutoff == null ? null : LocalTime.parse(budgetCutoff));
    }

    public LocalDateTime receivedLocal() {
        return receivedLocal;
    }

    public PausePolicy pausePolicy() {
        return pausePolicy;
    }

    public String calendarVersion() {
        return calendarVersion;
    }

    public Instant dueAt() {
        return dueAt;
    }
}
