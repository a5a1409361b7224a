package vn.motcua.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.source.DossierSink;
import vn.motcua.documents.source.HotFolder;
import vn.motcua.documents.source.SourceOutcome;
import vn.motcua.documents.source.Target;

/**
 * {@code scan watch --folder DIR [--dossier CODE --component C] [--once] [--quiet-seconds N]}:
 * files what the scanner software writes into a folder, one line (or JSON line) per event.
 * With {@code --once}: takes what is stable now (two looks, the quiet time apart), reports, exits.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch a hot folder: file each complete scan (stacks at their separator sheets, others into the target).")
final class ScanWatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--folder", required = true, paramLabel = "DIR", description = "The folder the scanner software writes into.")
    Path folder;

    @Option(names = "--dossier", paramLabel = "CODE", description = "Dossier for files without separator sheets (with --component).")
    String dossier;

    @Option(names = "--component", paramLabel = "COMPONENT_CODE", description = "Component for files without separator sheets.")
    String component;

    @Option(names = "--once", description = "Take what is complete now, wait the quiet time once, report and exit.")
    boolean once;

    @Option(names = "--quiet-seconds", paramLabel = "N", defaultValue = "2",
            description = "A file is taken once unchanged for this many seconds (default: ${DEFAULT-VALUE}).")
    int quietSeconds;

    @Override
    public Integer call() throws InterruptedException {
        try (CliSession session = CliSession.start(spec)) {
            if ((dossier == null) != (component == null)) {
                throw new ParameterException(spec.commandLine(), session.messages().get("scan.watch.targetIncomplete"));
            }
            if (quietSeconds < 0) {
                throw new ParameterException(spec.commandLine(), session.messages().get("scan.watch.quietInvalid", String.valueOf(quietSeconds)));
            }
            if (!Files.isDirectory(folder)) {
                throw new UserFacingException("documents.source.folderMissing", folder.toAbsolutePath().toString());
            }
            AppContext context = session.context();
            DossierSink sink = new DossierSink(context.documents(), context.dossiers(), UserCommand.LOCAL_ADMIN);
            Duration quiet = Duration.ofSeconds(quietSeconds);
            try (HotFolder hot = new HotFolder(folder, sink, session.messages(), new ScanEvents(session), quiet, Clock.systemUTC())) {
                if (dossier != null) {
                    sink.checkTarget(new Target(dossier, component));
                    hot.setTarget(dossier, component);
                }
                return once ? once(session, hot, quiet) : watch(session, hot);
            }
        }
    }

    private static int once(CliSession session, HotFolder hot, Duration quiet) throws InterruptedException {
        List<SourceOutcome> outcomes = new ArrayList<>(hot.scanOnce());
        Thread.sleep(quiet.toMillis());
        outcomes.addAll(hot.scanOnce());
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("event", "summary");
        for (SourceOutcome.Status s : SourceOutcome.Status.values()) {
            summary.put(s.name().toLowerCase(java.util.Locale.ROOT), outcomes.stream().filter(o -> o.status() == s).count());
        }
        summary.put("waitingFiles", hot.waiting().stream().map(p -> p.getFileName().toString()).toList());
        if (session.json()) {
            session.jsonLine(summary);
        } else if (outcomes.isEmpty()) {
            session.human(session.messages().get("scan.watch.nothing", hot.folder().toString()));
        }
        return Cli.OK;
    }

    /** Until the process is stopped (Ctrl+C): a file cut off mid-filing is filed again at the next start. */
    private static int watch(CliSession session, HotFolder hot) throws InterruptedException {
        session.warn(session.messages().get("scan.watch.started", hot.folder().toString()));
        hot.start();
        new CountDownLatch(1).await();
        return Cli.OK;
    }
}
