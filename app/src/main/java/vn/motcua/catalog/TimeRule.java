package vn.motcua.catalog;

import java.time.LocalTime;
import java.util.Objects;
import vn.motcua.calendar.BudgetKind;
import vn.motcua.calendar.TimeBudget;

/**
 * A procedure's processing time (thời hạn giải quyết) as data: the budget the deadline ledger
 * counts, and the sentence printed on the receipt.
 *
 * @param budget same day with its cut-off, N working days, N working hours, N calendar days or none
 * @param startsNextDayAfter for counted budgets only: a dossier received at or after this time
 *        starts counting on the next working day (the birth–residence–health-insurance bundle);
 *        {@code null} when the usual office-hours rule applies. A same-day budget keeps its
 *        cut-off in the budget itself. The intake service applies it before opening the ledger.
 * @param legalTimeText the Vietnamese sentence for the receipt; generated from the budget when
 *        the catalogue file gives none
 */
public record TimeRule(TimeBudget budget, LocalTime startsNextDayAfter, String legalTimeText) {
    public TimeRule {
        Objects.requireNonNull(budget, "budget");
        if (startsNextDayAfter != null && (budget.kind() == BudgetKind.SAME_DAY || budget.kind() == BudgetKind.NONE)) {
            throw new IllegalArgumentException("a " + budget.kind() + " budget has no separate start cut-off");
        }
        if (legalTimeText == null || legalTimeText.isBlank()) {
            legalTimeText = generatedText(budget, startsNextDayAfter);
        }
    }

    public static TimeRule of(TimeBudget budget) {
        return new TimeRule(budget, null, null);
    }

    static String generatedText(TimeBudget budget, LocalTime startsNextDayAfter) {
        String amount = String.valueOf(budget.amount());
        String text = switch (budget.kind()) {
            case SAME_DAY -> CatalogText.get("catalog.time.sameDay", CatalogText.hour(budget.cutoff()));
            case WORKING_DAYS -> CatalogText.get("catalog.time.workingDays", amount);
            case WORKING_HOURS -> CatalogText.get("catalog.time.workingHours", amount);
            case CALENDAR_DAYS -> CatalogText.get("catalog.time.calendarDays", amount);
            case NONE -> CatalogText.get("catalog.time.none");
        };
        return startsNextDayAfter == null ? text
                : CatalogText.get("catalog.time.startsNextDay", text, CatalogText.hour(startsNextDayAfter));
    }
}
