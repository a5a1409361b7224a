package vn.motcua.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.common.Messages;
import vn.motcua.reports.Breakdown;
import vn.motcua.reports.FigureGroup;
import vn.motcua.reports.OnTimeFigures;
import vn.motcua.reports.OnTimeTable;
import vn.motcua.reports.Period;

/**
 * {@code report ontime --from D --to D [--by procedure|field|unit|clerk|channel] [--json]}: the
 * on-time figures of the period, per group with {@code --by}
 * ({@code {"groups":[{"key","name",…figures}],"total":{…}}}).
 */
@Command(name = "ontime", mixinStandardHelpOptions = true,
        description = "On-time figures of a period: received (carried over + new), resolved early / on time / late, "
                + "open in time / overdue, waiting for supplement, withdrawn, stopped, refused, on-time rate.")
final class ReportOnTimeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day of the period (yyyy-MM-dd).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day of the period (yyyy-MM-dd).")
    String to;

    @Option(names = "--by", paramLabel = "GROUP", description = "procedure, field, unit, clerk or channel.")
    String by;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            Period period = Period.of(Period.day(from, "--from"), Period.day(to, "--to"));
            Breakdown breakdown = by == null ? Breakdown.NONE : Breakdown.parse(by);
            var context = session.context();
            OnTimeTable t = context.database().sessionFactory().fromTransaction(s -> context.onTimeReport().figures(s, period, breakdown));
            Messages m = session.messages();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("from", period.from().toString());
            json.put("to", period.to().toString());
            json.put("asOf", t.asOf().toString());
            json.put("judgedOn", t.judgedOn().toString());
            List<String> lines = new ArrayList<>();
            lines.add(m.get("reports.ontime.header", CalendarText.date(period.from()), CalendarText.date(period.to()),
                    CalendarText.date(t.judgedOn())));
            if (breakdown == Breakdown.NONE) {
                json.putAll(figures(t.total()));
            } else {
                json.put("by", breakdown.name().toLowerCase(java.util.Locale.ROOT));
                List<Map<String, Object>> groups = new ArrayList<>();
                for (FigureGroup g : t.groups()) {
                    Map<String, Object> group = new LinkedHashMap<>();
                    group.put("key", g.key());
                    String name = name(m, breakdown, g);
                    group.put("name", name);
                    group.putAll(figures(g.figures()));
                    groups.add(group);
                    lines.add(line(m, name, g.figures()));
                }
                json.put("groups", groups);
                json.put("total", figures(t.total()));
            }
            lines.add(line(m, m.get("reports.ontime.total"), t.total()));
            session.print(json, String.join(System.lineSeparator(), lines));
            return Cli.OK;
        }
    }

    /** The figures under the JSON names the issue fixes, plus the totals they add up to. */
    static Map<String, Object> figures(OnTimeFigures f) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("received", f.received());
        j.put("carriedOver", f.carriedOver());
        j.put("receivedNew", f.receivedNew());
        j.put("resolved", f.resolved());
        j.put("resolvedEarly", f.resolvedEarly());
        j.put("resolvedOnTime", f.resolvedOnTime());
        j.put("resolvedLate", f.resolvedLate());
        j.put("open", f.open());
        j.put("openInTime", f.openInTime());
        j.put("openOverdue", f.openOverdue());
        j.put("waitingSupplement", f.waitingSupplement());
        j.put("withdrawn", f.withdrawn());
        j.put("stopped", f.stopped());
        j.put("refused", f.refused());
        j.put("onTimeRate", f.onTimeRate());
        return j;
    }

    private static String name(Messages m, Breakdown by, FigureGroup g) {
        if (g.key() == null) {
            return m.get("reports.ontime.noKey");
        }
        if (by != Breakdown.CHANNEL) {
            return g.name();
        }
        return switch (g.key()) {
            case "1" -> m.get("reports.channel.1");
            case "2" -> m.get("reports.channel.2");
            case "3" -> m.get("reports.channel.3");
            default -> g.key();
        };
    }

    private static String line(Messages m, String label, OnTimeFigures f) {
        Double rate = f.onTimeRate();
        String percent = rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.2f%%", rate * 100);
        return m.get("reports.ontime.line", label, f.received(), f.carriedOver(), f.receivedNew(), f.resolved(), f.resolvedEarly(),
                f.resolvedOnTime(), f.resolvedLate(), f.open(), f.openInTime(), f.waitingSupplement(), f.openOverdue(),
                f.withdrawn(), f.stopped(), f.refused(), percent);
    }
}
