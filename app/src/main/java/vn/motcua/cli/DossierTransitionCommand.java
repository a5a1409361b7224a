package vn.motcua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.TransitionRequest;

/** {@code dossier transition CODE --to N}: one move of the status machine (4 hand-over, 5, 9, 10, 3, 7, 8…). */
@Command(name = "transition", mixinStandardHelpOptions = true,
        description = "Move a dossier to another status: 4 hand over (--to-user), 5 ask for a supplement, 9 result ready, "
                + "10 result returned, 3 refuse, 7 withdrawn, 8 stopped (3/5/7/8 need --note).")
final class DossierTransitionCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "CODE")
    String code;
    @Option(names = "--to", required = true, paramLabel = "STATUS", description = "The national status code 1-10.")
    int to;
    @Option(names = "--to-user", paramLabel = "USER", description = "Who receives the dossier (hand-over, --to 4).")
    String toUser;
    @Option(names = "--to-unit", paramLabel = "UNIT", description = "The unit that receives it (hand-over).")
    String toUnit;
    @Option(names = "--step-days", paramLabel = "N", description = "Working days the receiver has (default: the dossier's due date).")
    Integer stepDays;
    @Option(names = "--note", paramLabel = "TEXT", description = "Note, or the reason for 3/5/7/8.")
    String note;
    @Option(names = "--received-by", paramLabel = "NAME", description = "Who took the result (--to 10); default the applicant.")
    String receivedBy;
    @Option(names = "--by", paramLabel = "USER", description = "The staff member acting; default the local administrator.")
    String by;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            DossierStatus status;
            try {
                status = DossierStatus.of(to);
            } catch (IllegalArgumentException e) {
                throw new vn.motcua.common.UserFacingException("dossier.badStatus", String.valueOf(to));
            }
            var d = session.context().processing().transition(DossierActing.actor(session, by), code, status,
                    new TransitionRequest(toUser, toUnit, stepDays, note, receivedBy));
            return DossierActing.printMoved(session, d);
        }
    }
}
