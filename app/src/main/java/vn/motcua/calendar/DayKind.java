package vn.motcua.calendar;

/** Why a day is or is not a working day (loại ngày). */
public enum DayKind {
    /** An ordinary working day of the weekly pattern (ngày làm việc). */
    WORKING_DAY(true),
    /** A weekly rest day, normally Saturday and Sunday (nghỉ hằng tuần). */
    WEEKLY_REST(false),
    /** A statutory public holiday, Labor Code 2019 art. 112 (ngày lễ, Tết). */
    PUBLIC_HOLIDAY(false),
    /** Next working day off because a holiday fell on a weekly rest day, art. 111(3) (nghỉ bù). */
    COMPENSATORY_DAY_OFF(false),
    /** A weekday off announced by the government for that year, usually swapped (nghỉ hoán đổi). */
    ANNOUNCED_DAY_OFF(false),
    /** A weekly rest day worked in exchange for an announced day off (ngày làm bù). */
    SWAPPED_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean working() {
        return working;
    }
}
