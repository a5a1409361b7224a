package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dossier rate CODE --level 1|2|3 [--reason TEXT]}: the citizen's rating of a returned dossier. */
@Command(name = "rate", mixinStandardHelpOptions = true,
        description = "Record the citizen's rating: 1 very satisfied, 2 satisfied, 3 not satisfied (--reason required).")
final class DossierRateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "CODE")
    String code;
    @Option(names = "--level", required = true, paramLabel = "1|2|3")
    int level;
    @Option(names = "--reason", paramLabel = "TEXT")
    String reason;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            var r = session.context().processing().rate(UserCommand.LOCAL_ADMIN, code, level, reason);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("code", code);
            json.put("level", r.level());
            json.put("reason", r.reason());
            json.put("ratedAt", r.ratedAt().toString());
            session.print(json, session.messages().get("dossier.rated", code, session.messages().get("dossier.rating." + r.level())));
            return Cli.OK;
        }
    }
}
