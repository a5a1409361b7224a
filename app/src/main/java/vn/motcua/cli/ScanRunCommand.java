package vn.motcua.cli;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.source.DossierSink;
import vn.motcua.documents.source.ScannerCommand;
import vn.motcua.documents.source.SourceIntake;
import vn.motcua.documents.source.SourceOutcome;
import vn.motcua.documents.source.Target;
import vn.motcua.storage.Settings;

/**
 * {@code scan run --dossier CODE --component C [--command "…"] [--timeout S]}: runs the desk's
 * scanner command and files its output like a hot-folder file (a stack at its separator sheets,
 * else into the component). Originals are kept under {@code <data dir>/scans/}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the scanner command (default: the desk setting) and file what it scanned.")
final class ScanRunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dossier", required = true, paramLabel = "CODE", description = "Dossier code (mã hồ sơ).")
    String dossier;

    @Option(names = "--component", required = true, paramLabel = "COMPONENT_CODE", description = "Component code, e.g. CT01.")
    String component;

    @Option(names = "--command", paramLabel = "COMMAND_LINE",
            description = "Scanner command with {out} where the output file goes (default: the desk setting).")
    String command;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the scanner command after this long (default: the desk setting, 120).")
    Integer timeout;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            AppContext context = session.context();
            Settings settings = context.settings().load();
            String commandLine = command != null ? command : settings.scanCommand();
            if (commandLine == null) {
                throw new UserFacingException("scan.run.noCommand");
            }
            ScannerCommand scanner = new ScannerCommand(commandLine, Duration.ofSeconds(timeout != null ? timeout : settings.scanTimeoutSeconds()));
            DossierSink sink = new DossierSink(context.documents(), context.dossiers(), UserCommand.LOCAL_ADMIN);
            Target target = new Target(dossier, component);
            sink.checkTarget(target); // before the clerk feeds paper
            SourceIntake intake = new SourceIntake(session.dataDirectory().root().resolve("scans"), sink, session.messages(), null,
                    Clock.systemUTC());
            SourceOutcome outcome = scanner.scanInto(intake, target);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", outcome.status().name().toLowerCase(java.util.Locale.ROOT));
            json.put("file", outcome.keptAt().toString());
            json.put("documents", ScanEvents.documents(outcome.documents()));
            if (outcome.message() != null) {
                json.put("message", outcome.message());
            }
            if (outcome.status() == SourceOutcome.Status.REFUSED) {
                if (session.json()) {
                    session.jsonLine(json);
                }
                session.warn(session.messages().get("scan.event.refused", outcome.fileName(), outcome.message()));
                return Cli.FAILED;
            }
            StringBuilder human = new StringBuilder();
            if (outcome.status() == SourceOutcome.Status.WAITING) {
                human.append(session.messages().get("scan.event.waiting", outcome.fileName()));
            }
            outcome.documents().forEach(d -> human.append(session.messages().get("scan.event.filed", outcome.fileName(),
                    d.componentCode(), d.dossierCode(), String.valueOf(d.document().pages()))).append(System.lineSeparator()));
            session.print(json, human.toString().stripTrailing());
            return Cli.OK;
        }
    }
}
