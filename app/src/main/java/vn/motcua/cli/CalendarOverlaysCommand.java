package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.workcalendar.CalendarService;
import vn.motcua.workcalendar.OverlaySource;

/** {@code calendar overlays}: every announced overlay version, shipped and imported, and which one is in force. */
@Command(name = "overlays", mixinStandardHelpOptions = true,
        description = "List the announced overlays: shipped with the application and imported, and which is in force.")
final class CalendarOverlaysCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            CalendarService calendar = session.calendar();
            var m = session.messages();
            StringBuilder human = new StringBuilder();
            String row = "%-5s  %-12s  %-8s  %-14s  %-20s  %s%n";
            human.append(String.format(row, m.get("calendar.column.year"), m.get("calendar.column.version"),
                    m.get("calendar.column.origin"), m.get("calendar.column.inForce"), m.get("calendar.column.importedAt"),
                    m.get("calendar.column.importedBy")));
            for (OverlaySource s : calendar.versions()) {
                boolean inForce = calendar.isInForce(s);
                if (session.json()) {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("year", s.year());
                    json.put("version", s.version());
                    json.put("origin", s.origin().name().toLowerCase(Locale.ROOT));
                    json.put("inForce", inForce);
                    json.put("sha256", s.sha256());
                    json.put("importedAt", s.importedAt() == null ? null : s.importedAt().toString());
                    json.put("importedBy", s.importedBy());
                    session.jsonLine(json);
                }
                String origin = s.origin() == OverlaySource.Origin.SHIPPED ? m.get("calendar.origin.shipped")
                        : m.get("calendar.origin.imported");
                human.append(String.format(row, s.year(), s.version(), origin, inForce ? m.get("calendar.inForce.yes") : "",
                        s.importedAt() == null ? "" : CalendarText.local(s.importedAt()), s.importedBy() == null ? "" : s.importedBy()));
            }
            if (!session.json()) {
                session.human(human.toString().stripTrailing());
            }
            return Cli.OK;
        }
    }
}
