package vn.motcua.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.calendar.LunarDate;
import vn.motcua.workcalendar.LunarConversion;

/** {@code calendar to-lunar|to-solar|days|import|overlays}: the work calendar and the lunar calendar. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = "Lunar dates, the days off of a year, announced overlays.",
        subcommands = {CalendarCommand.ToLunar.class, CalendarCommand.ToSolar.class, CalendarDaysCommand.class,
                CalendarImportCommand.class, CalendarOverlaysCommand.class})
final class CalendarCommand {

    @Command(name = "to-lunar", mixinStandardHelpOptions = true,
            description = "Convert solar dates (YYYY-MM-DD, 1900–2199) to the Vietnamese lunar calendar.")
    static final class ToLunar implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "DATE", description = "Solar dates, e.g. 2007-02-17.")
        List<String> dates;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                List<LocalDate> solar = new ArrayList<>();
                for (String text : dates) { // every date checked before anything is printed
                    solar.add(CalendarText.parseDate(text));
                }
                List<LunarDate> lunar = solar.stream().map(LunarConversion::toLunar).toList();
                for (int i = 0; i < solar.size(); i++) {
                    LunarDate l = lunar.get(i);
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("solar", solar.get(i).toString());
                    json.put("day", l.day());
                    json.put("month", l.month());
                    json.put("year", l.year());
                    json.put("leap", l.leap());
                    session.print(json, session.messages().get("calendar.toLunar.line",
                            CalendarText.date(solar.get(i)), l.toString()));
                }
                return Cli.OK;
            }
        }
    }

    @Command(name = "to-solar", mixinStandardHelpOptions = true,
            description = "Convert a Vietnamese lunar date to the solar calendar.")
    static final class ToSolar implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--day", required = true, paramLabel = "D", description = "Lunar day, 1–30.")
        int day;

        @Option(names = "--month", required = true, paramLabel = "M", description = "Lunar month, 1–12.")
        int month;

        @Option(names = "--year", required = true, paramLabel = "Y", description = "Lunar year.")
        int year;

        @Option(names = "--leap", description = "The leap month (tháng nhuận) of that number.")
        boolean leap;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                LocalDate solar = LunarConversion.toSolar(day, month, year, leap);
                LunarDate lunar = new LunarDate(day, month, year, leap);
                session.print(Map.of("solar", solar.toString()), session.messages().get("calendar.toSolar.line",
                        lunar.toString(), CalendarText.date(solar)));
                return Cli.OK;
            }
        }
    }

    private CalendarCommand() {
    }
}
