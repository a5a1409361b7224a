package vn.motcua.ui.dossiers;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.DossierRow;
import vn.motcua.ui.I18n;

/**
 * Turns a service row into the texts the list shows. Remaining working time is told in working
 * days and hours of the office ("còn 1 ngày 3 giờ", "quá 2 ngày"), as clerks count deadlines.
 */
final class LineFormat {
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private final I18n i18n;
    private final Duration workingDay;

    LineFormat(I18n i18n, Duration workingDay) {
        this.i18n = i18n;
        this.workingDay = workingDay;
    }

    DossierLine line(DossierRow r) {
        return new DossierLine(r, time(r.receivedAt()), time(r.dueAt()), remaining(r.remaining()),
                i18n.t(r.deadline().messageKey()), i18n.t(r.status().messageKey()), i18n.t(r.sync().shortKey()));
    }

    static String time(Instant t) {
        return t == null ? "" : WorkCalendar.toLocal(t).format(SHOWN);
    }

    /** Empty when the clock is stopped or there is no deadline. */
    String remaining(Duration remaining) {
        if (remaining == null) {
            return "";
        }
        boolean late = remaining.isNegative();
        Duration d = remaining.abs();
        long days = d.toMinutes() / workingDay.toMinutes();
        long hours = d.minus(workingDay.multipliedBy(days)).toHours();
        String amount;
        if (days > 0 && hours > 0) {
            amount = i18n.t("dossiers.remaining.daysHours", String.valueOf(days), String.valueOf(hours));
        } else if (days > 0) {
            amount = i18n.t("dossiers.remaining.days", String.valueOf(days));
        } else if (hours > 0) {
            amount = i18n.t("dossiers.remaining.hours", String.valueOf(hours));
        } else {
            amount = i18n.t("dossiers.remaining.underAnHour");
        }
        return i18n.t(late ? "dossiers.remaining.late" : "dossiers.remaining.left", amount);
    }
}
