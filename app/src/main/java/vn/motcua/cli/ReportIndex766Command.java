package vn.motcua.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.common.Messages;
import vn.motcua.reports.index766.Index766;
import vn.motcua.reports.index766.IndexConfig;
import vn.motcua.reports.index766.IndexScore;

/**
 * {@code report index766 --from D --to D [--json]}: the Decision 766 index of a period — each
 * indicator with its numerator, denominator and points, the group totals and the total. The
 * weights come from the office's configuration ({@value IndexConfig#FILE_NAME} in the data
 * directory, else the shipped defaults).
 */
@Command(name = "index766", mixinStandardHelpOptions = true,
        description = "The Decision 766 index of a period: each indicator's numerator, denominator and points; group totals; total.")
final class ReportIndex766Command implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", description = "First day of the period (Vietnam time).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", description = "Last day of the period, included.")
    String to;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            LocalDate first = CalendarText.parseDate(from);
            LocalDate last = CalendarText.parseDate(to);
            Index766 index = session.context().index766();
            IndexScore score = session.context().database().sessionFactory()
                    .fromTransaction(s -> index.compute(s, first, last));
            session.print(json(score), human(session.messages(), score));
            return Cli.OK;
        }
    }

    private static Map<String, Object> json(IndexScore score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", score.from().toString());
        json.put("to", score.to().toString());
        List<Object> groups = new ArrayList<>();
        for (IndexScore.GroupScore g : score.groups()) {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("id", g.id());
            group.put("maxPoints", g.maxPoints());
            group.put("points", round(g.points()));
            List<Object> indicators = new ArrayList<>();
            for (IndexScore.IndicatorScore i : g.indicators()) {
                Map<String, Object> indicator = new LinkedHashMap<>();
                indicator.put("id", i.id());
                indicator.put("unit", i.unit().name().toLowerCase(Locale.ROOT));
                indicator.put("numerator", i.numerator());
                indicator.put("denominator", i.denominator());
                indicator.put("ratio", i.ratio() == null ? null : round4(i.ratio()));
                indicator.put("weight", i.weight());
                indicator.put("threshold", i.threshold());
                indicator.put("points", round(i.points()));
                indicators.add(indicator);
            }
            group.put("indicators", indicators);
            groups.add(group);
        }
        json.put("groups", groups);
        json.put("total", round(score.total()));
        return json;
    }

    private static String human(Messages m, IndexScore score) {
        StringBuilder out = new StringBuilder(m.get("index766.title", CalendarText.date(score.from()), CalendarText.date(score.to())))
                .append(System.lineSeparator());
        String row = "  %-62s %8s %8s %7s %11s%n";
        out.append(String.format(row, m.get("index766.column.indicator"), m.get("index766.column.numerator"),
                m.get("index766.column.denominator"), m.get("index766.column.ratio"), m.get("index766.column.points")));
        for (IndexScore.GroupScore g : score.groups()) {
            out.append(m.get("index766.groupLine", groupName(m, g.id()), points(g.points()), points(g.maxPoints())))
                    .append(System.lineSeparator());
            for (IndexScore.IndicatorScore i : g.indicators()) {
                String ratio = i.ratio() == null ? "—" : String.format(Locale.ROOT, "%.1f%%", i.ratio() * 100);
                out.append(String.format(row, indicatorName(m, i.id()), i.numerator(), i.denominator(), ratio,
                        points(i.points()) + "/" + points(i.weight())));
            }
        }
        out.append(m.get("index766.total", points(score.total()))).append(System.lineSeparator());
        out.append(m.get("index766.verifyNote", IndexConfig.FILE_NAME));
        return out.toString();
    }

    static String groupName(Messages m, String id) {
        return switch (id) {
            case "transparency" -> m.get("index766.group.transparency");
            case "timeliness" -> m.get("index766.group.timeliness");
            case "digitization" -> m.get("index766.group.digitization");
            case "onlineServices" -> m.get("index766.group.onlineServices");
            case "satisfaction" -> m.get("index766.group.satisfaction");
            default -> id;
        };
    }

    static String indicatorName(Messages m, String id) {
        return switch (id) {
            case "portalSynced" -> m.get("index766.indicator.portalSynced");
            case "statusCurrent" -> m.get("index766.indicator.statusCurrent");
            case "onTime" -> m.get("index766.indicator.onTime");
            case "electronicResult" -> m.get("index766.indicator.electronicResult");
            case "digitizedComponents" -> m.get("index766.indicator.digitizedComponents");
            case "dataReuse" -> m.get("index766.indicator.dataReuse");
            case "onlineProcedures" -> m.get("index766.indicator.onlineProcedures");
            case "onlineSubmission" -> m.get("index766.indicator.onlineSubmission");
            case "onlinePayment" -> m.get("index766.indicator.onlinePayment");
            case "satisfiedRatings" -> m.get("index766.indicator.satisfiedRatings");
            default -> id;
        };
    }

    private static String points(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
