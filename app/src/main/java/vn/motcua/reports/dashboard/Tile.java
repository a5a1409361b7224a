package vn.motcua.reports.dashboard;

/** The chair's headline numbers, in the order the dashboard shows them. */
public enum Tile {
    /** The on-time rate of the current month (reports' one definition). */
    MONTH_RATE,
    /** The on-time rate from 1 January to today. */
    YEAR_RATE,
    /** The Decision 766 index of the current quarter, to date. */
    INDEX_766,
    /** Open dossiers whose clock runs and whose due day is before today. */
    OVERDUE,
    /** Open dossiers whose clock runs, due from today to the end of the working week. */
    DUE_THIS_WEEK
}
