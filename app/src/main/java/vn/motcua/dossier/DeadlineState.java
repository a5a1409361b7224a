package vn.motcua.dossier;

/**
 * Where an open dossier stands against its due date, as the list shows it (colour + icon +
 * words, never colour alone). Judged by date in Vietnam time, like the verdicts.
 */
public enum DeadlineState {
    /** Due after the next working days the "due soon" window covers. */
    IN_TIME,
    /** Due within the next working days (not today). */
    DUE_SOON,
    /** Due today. */
    DUE_TODAY,
    /** The due day has passed. */
    OVERDUE,
    /** Waiting for the citizen's supplement: the clock is stopped. */
    PAUSED,
    /** Submitted online and not yet accepted at the desk: no clock runs until it is. */
    NOT_STARTED,
    /** Finished (result ready or returned, refused, withdrawn, stopped). */
    CLOSED,
    /** A procedure without a time limit. */
    NO_DEADLINE;

    public String messageKey() {
        return "dossier.deadline." + name();
    }
}
