package vn.motcua.calendar;

/** What waiting for a citizen's supplement (chờ bổ sung hồ sơ) does to the deadline; a setting. */
public enum PausePolicy {
    /**
     * The due date moves by the time lost while waiting (default): for day budgets, the working
     * days from the request day to the supplement day, both included (the supplement day
     * counts like a receipt day: it is not part of the budget); for hour budgets, the session
     * time between request and supplement.
     */
    SHIFT_BY_PAUSED_TIME,
    /** The whole budget starts again from the supplement, as if the dossier were received then. */
    RESTART
}
