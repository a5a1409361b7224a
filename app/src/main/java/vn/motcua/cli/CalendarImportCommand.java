package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.common.Messages;
import vn.motcua.workcalendar.CalendarService;
import vn.motcua.workcalendar.DayChange;
import vn.motcua.workcalendar.OverlayImport;

/**
 * {@code calendar import FILE [--dry-run]}: checks an announced overlay file, shows what it
 * changes against the calendar in force, and stores it as the year's new version. With --json,
 * one object per changed day, then one summary object. A refused file changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import an announced overlay file (UTF-8): validate, show the changes, store it.")
final class CalendarImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Overlay file, e.g. overlay-2027.txt.")
    Path file;

    @Option(names = "--dry-run", description = "Only check the file and show the changes; store nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            String text = CalendarService.readOverlayFile(file);
            // a dry run must not create an office database; a real import needs one
            CalendarService calendar = dryRun ? session.calendar() : session.context().calendar();
            OverlayImport result = calendar.importOverlay(UserCommand.LOCAL_ADMIN, text, dryRun);
            Messages m = session.messages();
            StringBuilder human = new StringBuilder();
            String row = "%-10s  %-9s  %-8s  %s%n";
            if (!result.changes().isEmpty()) {
                human.append(String.format(row, m.get("calendar.column.date"), m.get("calendar.column.weekday"),
                        m.get("calendar.column.change"), m.get("calendar.column.reason")));
            }
            for (DayChange c : result.changes()) {
                if (session.json()) {
                    session.jsonLine(change(c));
                }
                human.append(String.format(row, CalendarText.date(c.date()), CalendarText.weekday(m, c.date()),
                        changeWord(m, c.kind()), CalendarDaysCommand.status(m, c.before().working()) + " (" + c.before().reason()
                                + ") → " + CalendarDaysCommand.status(m, c.after().working()) + " (" + c.after().reason() + ")"));
            }
            String year = String.valueOf(result.year());
            String count = String.valueOf(result.changes().size());
            String sentence = result.unchanged() ? m.get("calendar.import.unchanged", year, result.version())
                    : dryRun ? m.get("calendar.import.dryRun", year, result.version(), count)
                    : m.get("calendar.import.stored", year, result.version(), count);
            if (session.json()) {
                session.jsonLine(summary(result, dryRun, sentence));
            } else {
                session.human(human.append(sentence).toString());
            }
            return Cli.OK;
        }
    }

    private static Map<String, Object> change(DayChange c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("date", c.date().toString());
        json.put("change", c.kind().name().toLowerCase(Locale.ROOT));
        json.put("working", c.after().working());
        json.put("reason", c.after().reason());
        json.put("wasWorking", c.before().working());
        json.put("previousReason", c.before().reason());
        return json;
    }

    private static Map<String, Object> summary(OverlayImport result, boolean dryRun, String sentence) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("year", result.year());
        json.put("version", result.version());
        json.put("sha256", result.sha256());
        json.put("changes", result.changes().size());
        json.put("unchanged", result.unchanged());
        json.put("dryRun", dryRun);
        json.put("stored", result.stored());
        json.put("calendarVersion", result.calendarVersion());
        json.put("message", sentence);
        return json;
    }

    private static String changeWord(Messages m, DayChange.Kind kind) {
        return switch (kind) {
            case ADDED -> m.get("calendar.change.added");
            case REMOVED -> m.get("calendar.change.removed");
            case CHANGED -> m.get("calendar.change.changed");
        };
    }
}
