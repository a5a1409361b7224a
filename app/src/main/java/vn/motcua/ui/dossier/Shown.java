package vn.motcua.ui.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.motcua.calendar.Verdict;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.ui.I18n;

/** How the dossier view writes times, statuses and verdicts (Vietnam time, dd/MM/yyyy). */
final class Shown {
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(WorkCalendar.ZONE);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Shown() {
    }

    static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }

    static String day(LocalDate d) {
        return d == null ? "—" : DAY.format(d);
    }

    static String status(I18n i18n, DossierStatus s) {
        return s == null ? "—" : i18n.t(s.messageKey());
    }

    /** Trước hạn / Đúng hạn / Quá hạn (always shown with an icon too, never colour alone). */
    static String verdict(I18n i18n, Verdict v) {
        return switch (v) {
            case EARLY -> i18n.t("ui.dossier.verdict.early");
            case ON_TIME -> i18n.t("ui.dossier.verdict.onTime");
            case LATE -> i18n.t("ui.dossier.verdict.late");
        };
    }

    static String rating(I18n i18n, int level) {
        return switch (level) {
            case 1 -> i18n.t("ui.dossier.rating.level1");
            case 2 -> i18n.t("ui.dossier.rating.level2");
            default -> i18n.t("ui.dossier.rating.level3");
        };
    }
}
