package vn.motcua.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.reports.Period;
import vn.motcua.reports.PeriodicReport;
import vn.motcua.security.Permission;

/** {@code report periodic --period 2026-03|2026-Q1|2026 --format pdf|xlsx|csv --out FILE}: the official periodic report. */
@Command(name = "periodic", mixinStandardHelpOptions = true,
        description = "The official periodic report (month, quarter or year) by field and procedure: PDF, XLSX, or CSV of raw rows.")
final class ReportPeriodicCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--period", required = true, paramLabel = "PERIOD", description = "2026-03 (month), 2026-Q1 (quarter) or 2026 (year).")
    String period;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "pdf, xlsx or csv.")
    String format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the report.")
    Path out;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            Period p = Period.parse(period);
            PeriodicReport.Format f = PeriodicReport.Format.parse(format);
            session.context().periodicReport().write(UserCommand.LOCAL_ADMIN, p, f, out);
            Path abs = out.toAbsolutePath();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("period", period.strip());
            json.put("from", p.from().toString());
            json.put("to", p.to().toString());
            json.put("format", f.name().toLowerCase(java.util.Locale.ROOT));
            json.put("file", abs.toString());
            json.put("bytes", Files.size(abs));
            session.print(json, session.messages().get("reports.periodic.written", p.title(), f.name(), abs.toString()));
            return Cli.OK;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
