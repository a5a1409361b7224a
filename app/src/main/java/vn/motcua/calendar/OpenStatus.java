package vn.motcua.calendar;

/** Standing of a dossier still open at report time, judged by date like {@link Verdict}. */
public enum OpenStatus {
    /** Not past the due day, or waiting for a supplement (trong hạn). */
    IN_TIME,
    /** Past the due day (quá hạn). */
    OVERDUE
}
