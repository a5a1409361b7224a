package vn.motcua.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * One action waiting to reach the provincial portal. Its UUID is the idempotency key the
 * portal sees, so a retry after a lost answer never creates a second copy. The payload is
 * frozen when queued: an edit is a new entry with a new ID (design/sync.md).
 */
@Entity
@Table(name = "outbox_entry")
public class OutboxEntry {
    /** Where an entry stands; nothing ever deletes an entry (design/sync.md "Desk side"). */
    public enum State {
        /** Waiting to be sent (or resent when it certainly never left). */
        PENDING,
        /** A send is under way; at start-up such an entry becomes {@link #UNKNOWN}. */
        IN_FLIGHT,
        /** The portal acknowledged it. */
        DONE,
        /** Sent, no usable answer: the portal may hold it; resent with the same ID. */
        UNKNOWN,
        /** The portal refused it; a person must look (the reason is kept). */
        REJECTED,
        /** Both sides changed the same thing; a person decides. */
        CONFLICT,
        /**
         * A person decided a refused or conflicting action will not go to the portal as it was (the
         * portal's decision stands, or a copy was queued instead). Never sent again; kept for the record.
         */
        SET_ASIDE;

        /** Entries the sender is finished with: delivered, or set aside by a person. */
        public static final java.util.List<State> SETTLED = java.util.List.of(DONE, SET_ASIDE);

        /** True while the sender still has work to do for the entry. */
        public boolean waiting() {
            return this == PENDING || this == IN_FLIGHT || this == UNKNOWN;
        }
    }

    static final int RESPONSE_LIMIT = 2000;

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private Long seq;
    @Column(name = "aggregate_type", nullable = false)
    private String aggregateType;
    @Column(name = "aggregate_id", nullable = false)
    private UUID aggregateId;
    @Column(nullable = false)
    private String action;
    @Column(nullable = false, updatable = false)
    private String payload;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;
    private int attempts;
    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;
    @Column(name = "not_before")
    private Instant notBefore;
    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;
    @Column(name = "last_error")
    private String lastError;
    @Column(name = "error_code")
    private String errorCode;
    @Column(name = "http_status")
    private Integer httpStatus;
    private String response;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "server_version")
    private Long serverVersion;
    @Version
    private long version;

    protected OutboxEntry() {
    }

    OutboxEntry(String aggregateType, UUID aggregateId, String action, String payload, Instant now) {
        this.id = UUID.randomUUID();
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
        this.action = action;
        this.payload = payload;
        this.createdAt = now;
        this.state = State.PENDING;
        this.nextAttemptAt = now;
    }

    // ---- moves made by the sender (package-private: only the sync engine moves an entry) ----

    /** A send starts; {@code counted} is false for the repeat after fresh credentials (fault 24). */
    void inFlight(Instant now, boolean counted) {
        state = State.IN_FLIGHT;
        if (counted) {
            attempts++;
        }
        lastAttemptAt = now;
        sentAt = now;
    }

    void done(int status, Long serverVersion, String response, Instant now) {
        state = State.DONE;
        httpStatus = status;
        this.serverVersion = serverVersion;
        this.response = shorten(response);
        doneAt = now;
        errorCode = null;
        lastError = null;
        nextAttemptAt = null;
    }

    /** Try again at {@code next} in state {@code after} (PENDING or UNKNOWN), not before {@code floor}. */
    void retry(State after, Instant next, Instant floor, String code, Integer status, String error) {
        state = after;
        nextAttemptAt = next;
        notBefore = floor;
        errorCode = code;
        httpStatus = status;
        lastError = shorten(error);
    }

    /** Back to the state before the send, as if it had not been tried (no attempt counted). */
    void undoAttempt(State before, boolean counted, String code, String error) {
        state = before;
        if (counted) {
            attempts = Math.max(0, attempts - 1);
        }
        errorCode = code;
        lastError = shorten(error);
    }

    void stopped(State outcome, int status, String code, String error, String response) {
        state = outcome;
        httpStatus = status;
        errorCode = code;
        lastError = shorten(error);
        this.response = shorten(response);
        nextAttemptAt = null;
    }

    /** A person's decision (see {@link State#SET_ASIDE}); the refusal or conflict that led to it stays readable. */
    void setAside() {
        state = State.SET_ASIDE;
        nextAttemptAt = null;
    }

    /** At start-up: a send that was under way when the desk stopped may or may not have landed. */
    void interrupted() {
        state = State.UNKNOWN;
        lastError = "interrupted";
    }

    /** "Sync now": send as soon as the portal allows. */
    void wakeUp(Instant now) {
        nextAttemptAt = notBefore != null && notBefore.isAfter(now) ? notBefore : now;
    }

    static String shorten(String text) {
        return text == null || text.length() <= RESPONSE_LIMIT ? text : text.substring(0, RESPONSE_LIMIT - 1) + "…";
    }

    // ---- reading ----

    public UUID id() {
        return id;
    }

    /** The order of queueing, the same for every desk of the office. */
    public Long seq() {
        return seq;
    }

    public String aggregateType() {
        return aggregateType;
    }

    public UUID aggregateId() {
        return aggregateId;
    }

    public String action() {
        return action;
    }

    public String payload() {
        return payload;
    }

    public State state() {
        return state;
    }

    public int attempts() {
        return attempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** When it was last sent (the latest attempt), null before the first. */
    public Instant sentAt() {
        return sentAt;
    }

    /** When the portal acknowledged it. */
    public Instant doneAt() {
        return doneAt;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** The portal's Retry-After floor of the last answer, if any. */
    public Instant notBefore() {
        return notBefore;
    }

    public String lastError() {
        return lastError;
    }

    /** The portal's error code ({@code transition_refused}, {@code attachment_missing}…), or the desk's own. */
    public String errorCode() {
        return errorCode;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    /** The portal's answer, shortened. */
    public String response() {
        return response;
    }

    /** The dossier's version on the portal after this action, when acknowledged. */
    public Long serverVersion() {
        return serverVersion;
    }
}
