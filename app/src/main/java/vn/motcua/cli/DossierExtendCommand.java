package vn.motcua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier extend CODE --working-days N --reason "…"}: a new appointment; form 04 is the letter. */
@Command(name = "extend", mixinStandardHelpOptions = true,
        description = "Extend the deadline by working days with the reason; print the apology letter with 'forms render 04 CODE'.")
final class DossierExtendCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "CODE")
    String code;
    @Option(names = "--working-days", required = true, paramLabel = "N")
    int workingDays;
    @Option(names = "--reason", required = true, paramLabel = "TEXT")
    String reason;
    @Option(names = "--by", paramLabel = "USER", description = "The staff member acting; default the local administrator.")
    String by;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            var d = session.context().processing().extend(DossierActing.actor(session, by), code, workingDays, reason);
            return DossierActing.printMoved(session, d);
        }
    }
}
