package vn.motcua.calendar;

import java.time.LocalTime;

/**
 * A procedure's processing time (thời hạn giải quyết): its kind and amount, plus the cut-off
 * for {@link BudgetKind#SAME_DAY}.
 *
 * @param amount days or hours; 0 for {@code SAME_DAY} and {@code NONE}
 * @param cutoff for {@code SAME_DAY}: received strictly before it → due the same day
 */
public record TimeBudget(BudgetKind kind, int amount, LocalTime cutoff) {

    /** The usual cut-off for civil-status and certification matters settled the same day. */
    public static final LocalTime DEFAULT_CUTOFF = LocalTime.of(15, 0);

    public TimeBudget {
        boolean counted = kind == BudgetKind.WORKING_DAYS || kind == BudgetKind.WORKING_HOURS || kind == BudgetKind.CALENDAR_DAYS;
        if (counted ? amount < 1 : amount != 0) {
            throw new IllegalArgumentException("Amount " + amount + " does not fit a " + kind + " budget.");
        }
        if ((kind == BudgetKind.SAME_DAY) != (cutoff != null)) {
            throw new IllegalArgumentException("Only a SAME_DAY budget has a cut-off.");
        }
    }

    public static TimeBudget workingDays(int days) {
        return new TimeBudget(BudgetKind.WORKING_DAYS, days, null);
    }

    public static TimeBudget workingHours(int hours) {
        return new TimeBudget(BudgetKind.WORKING_HOURS, hours, null);
    }

    public static TimeBudget calendarDays(int days) {
        return new TimeBudget(BudgetKind.CALENDAR_DAYS, days, null);
    }

    public static TimeBudget sameDay() {
        return sameDay(DEFAULT_CUTOFF);
    }

    public static TimeBudget sameDay(LocalTime cutoff) {
        return new TimeBudget(BudgetKind.SAME_DAY, 0, cutoff);
    }

    public static TimeBudget none() {
        return new TimeBudget(BudgetKind.NONE, 0, null);
    }

    /** Vietnamese description, e.g. "5 ngày làm việc". */
    public String describe() {
        return switch (kind) {
            case WORKING_DAYS -> amount + " ngày làm việc";
            case WORKING_HOURS -> amount + " giờ làm việc";
            case CALENDAR_DAYS -> amount + " ngày";
            case SAME_DAY -> "trong ngày (nhận từ " + VietnameseText.time(cutoff) + " trả vào ngày làm việc tiếp theo)";
            case NONE -> "không quy định thời hạn";
        };
    }
}
