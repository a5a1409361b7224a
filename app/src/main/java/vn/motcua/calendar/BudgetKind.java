package vn.motcua.calendar;

/** How a procedure's processing time is counted (cách tính thời hạn giải quyết). */
public enum BudgetKind {
    /** N working days (ngày làm việc): due on the N-th working day after the day of receipt. */
    WORKING_DAYS,
    /** N working hours (giờ làm việc): counted only inside office sessions. */
    WORKING_HOURS,
    /** N calendar days (ngày): a due date on a non-working day moves to the next working day. */
    CALENDAR_DAYS,
    /** Same day (trong ngày); received at or after the cut-off, the next working day. */
    SAME_DAY,
    /** No due date (không quy định thời hạn). */
    NONE
}
