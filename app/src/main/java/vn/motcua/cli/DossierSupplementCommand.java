package vn.motcua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier supplement CODE --request "…" | --received}: a supplement round (the clock stops, then runs again). */
@Command(name = "supplement", mixinStandardHelpOptions = true,
        description = "Ask the citizen for a supplement (the deadline pauses), or record that it arrived (the deadline runs again).")
final class DossierSupplementCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "CODE")
    String code;
    @ArgGroup(exclusive = true, multiplicity = "1")
    What what;
    @Option(names = "--note", paramLabel = "TEXT", description = "Note when the supplement is received.")
    String note;
    @Option(names = "--by", paramLabel = "USER", description = "The staff member acting; default the local administrator.")
    String by;

    static final class What {
        @Option(names = "--request", paramLabel = "TEXT", description = "What the citizen must add or correct (form 02).")
        String request;
        @Option(names = "--received", description = "The supplement arrived.")
        boolean received;
    }

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            var processing = session.context().processing();
            var actor = DossierActing.actor(session, by);
            var d = what.received ? processing.receiveSupplement(actor, code, note) : processing.requestSupplement(actor, code, what.request);
            return DossierActing.printMoved(session, d);
        }
    }
}
