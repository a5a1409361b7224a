package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.office.SessionText;

/** {@code office hours}: the office's working hours, shown or set (they drive every due date). */
@Command(name = "office", mixinStandardHelpOptions = true, description = "The office's settings.",
        subcommands = {OfficeCommand.Hours.class, OfficeConfigureCommand.class})
final class OfficeCommand {

    @Command(name = "hours", mixinStandardHelpOptions = true,
            description = "Show the office hours, or set them: --morning 07:30-11:30 --afternoon 13:30-17:00 "
                    + "[--saturday-reception 07:30-11:30 | --no-saturday-reception].")
    static final class Hours implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--morning", paramLabel = "HH:MM-HH:MM", description = "Morning session.")
        String morning;

        @Option(names = "--afternoon", paramLabel = "HH:MM-HH:MM", description = "Afternoon session.")
        String afternoon;

        @ArgGroup(exclusive = true)
        Saturday saturday;

        static final class Saturday {
            @Option(names = "--saturday-reception", paramLabel = "HH:MM-HH:MM",
                    description = "Saturday-morning reception (receipt only; not working time).")
            String session;

            @Option(names = "--no-saturday-reception", description = "No reception on Saturday.")
            boolean none;
        }

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                var office = session.context().office();
                OfficeHours hours = office.hours();
                boolean change = morning != null || afternoon != null || saturday != null;
                if (change) {
                    String sat = saturday == null ? hours.saturdayReception().map(SessionText::format).orElse(null)
                            : saturday.none ? null : saturday.session;
                    hours = office.setHours(UserCommand.LOCAL_ADMIN, morning != null ? morning : SessionText.format(hours.sessions().get(0)),
                            afternoon != null ? afternoon : SessionText.format(hours.sessions().get(1)), sat);
                }
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("morning", SessionText.format(hours.sessions().get(0)));
                json.put("afternoon", SessionText.format(hours.sessions().get(1)));
                json.put("saturdayReception", hours.saturdayReception().map(SessionText::format).orElse(null));
                json.put("calendarVersion", session.context().calendar().inForce().version());
                String human = session.messages().get(change ? "office.hoursSet" : "office.hours", json.get("morning"),
                        json.get("afternoon"), json.get("saturdayReception") == null
                                ? session.messages().get("office.noSaturday") : json.get("saturdayReception"));
                session.print(json, human);
                return Cli.OK;
            }
        }
    }
}
