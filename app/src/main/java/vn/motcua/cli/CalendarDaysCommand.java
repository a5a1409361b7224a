package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.calendar.DayInfo;
import vn.motcua.common.Messages;
import vn.motcua.workcalendar.YearDays;

/**
 * {@code calendar days YEAR}: every day of the year that differs from the plain weekly pattern
 * (holidays, days off in lieu, announced days off, weekend days worked), under the calendar in
 * force. With --json, one object per day; the note on a year without an announced overlay
 * then goes to standard error so that standard output stays one line per day.
 */
@Command(name = "days", mixinStandardHelpOptions = true,
        description = "List the days of a year that differ from the weekly pattern.")
final class CalendarDaysCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "YEAR", description = "Solar year, 1900–2199.")
    int year;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            YearDays days = session.calendar().days(year);
            if (session.json()) {
                for (DayInfo d : days.days()) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("date", d.date().toString());
                    json.put("working", d.working());
                    json.put("reason", d.reason());
                    json.put("kind", d.kind().name().toLowerCase(Locale.ROOT));
                    session.jsonLine(json);
                }
                if (!days.announced()) {
                    session.warn(days.note());
                }
            } else {
                session.human(table(session.messages(), days));
            }
            return Cli.OK;
        }
    }

    static String table(Messages m, YearDays days) {
        StringBuilder out = new StringBuilder(days.note()).append('\n');
        String row = "%-10s  %-9s  %-9s  %s%n";
        out.append(String.format(row, m.get("calendar.column.date"), m.get("calendar.column.weekday"),
                m.get("calendar.column.status"), m.get("calendar.column.reason")));
        for (DayInfo d : days.days()) {
            out.append(String.format(row, CalendarText.date(d.date()), CalendarText.weekday(m, d.date()),
                    status(m, d.working()), d.reason()));
        }
        return out.toString().stripTrailing();
    }

    static String status(Messages m, boolean working) {
        return working ? m.get("calendar.status.working") : m.get("calendar.status.off");
    }
}
