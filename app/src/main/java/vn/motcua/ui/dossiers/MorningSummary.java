package vn.motcua.ui.dossiers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierRow;

/**
 * What the clerk should know at the start of the day: how many dossiers are due today, overdue
 * and due soon, and the first ones due today and on the next working day ("tomorrow").
 */
record MorningSummary(LocalDate today, LocalDate tomorrow, long dueToday, long overdue, long dueSoon, List<DossierRow> todayRows,
        List<DossierRow> tomorrowRows) {
    /** How many dossiers of each day the summary names. */
    static final int FIRST = 5;

    /** Nothing due or late: no summary to interrupt the clerk with. */
    boolean worthShowing() {
        return dueToday + overdue + tomorrowRows.size() > 0;
    }

    /** Asks the database (blocking: call on the background runner). */
    static MorningSummary ask(DossierDesk desk) {
        Map<DossierFilter.Tab, Long> counts = desk.counts(null);
        LocalDate today = desk.today();
        LocalDate tomorrow = desk.nextWorkingDay(today);
        List<DossierRow> todayRows = desk.page(DossierFilter.tab(DossierFilter.Tab.TODAY), 0, FIRST).rows();
        List<DossierRow> tomorrowRows = desk.page(DossierFilter.tab(DossierFilter.Tab.DUE_SOON), 0, DossierListViewModel.PAGE).rows()
                .stream().filter(r -> r.dueAt() != null && WorkCalendar.toLocal(r.dueAt()).toLocalDate().equals(tomorrow))
                .limit(FIRST).toList();
        return new MorningSummary(today, tomorrow, counts.getOrDefault(DossierFilter.Tab.TODAY, 0L),
                counts.getOrDefault(DossierFilter.Tab.OVERDUE, 0L), counts.getOrDefault(DossierFilter.Tab.DUE_SOON, 0L),
                todayRows, tomorrowRows);
    }
}
