package vn.motcua.calendar;

/** On-time verdict of a finished dossier, judged by date (see {@link DeadlineLedger}). */
public enum Verdict {
    /** Finished on a day before the due day (trước hạn). */
    EARLY,
    /** Finished on the due day (đúng hạn). */
    ON_TIME,
    /** Finished on a day after the due day (quá hạn). */
    LATE
}
