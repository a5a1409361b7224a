package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.dossier.IntakeResult;

/** {@code dossier receive --file REQUEST.json}: the intake service the desk's screen uses. */
@Command(name = "dossier", mixinStandardHelpOptions = true,
        description = "Dossiers: receive, move along (transition, supplement, extend), list, show, rate, sign, import.",
        subcommands = {DossierCommand.Receive.class, DossierTransitionCommand.class, DossierSupplementCommand.class,
            DossierExtendCommand.class, DossierListCommand.class, DossierShowCommand.class, DossierRateCommand.class, DossierSignCommand.class, DossierImportCommand.class})
final class DossierCommand {

    @Command(name = "receive", mixinStandardHelpOptions = true,
            description = "Receive a dossier from a JSON request file; prints its code, status and due date.")
    static final class Receive implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--file", required = true, paramLabel = "REQUEST.json", description = "The intake request (UTF-8 JSON).")
        Path file;

        @Option(names = "--clerk", paramLabel = "USER", description = "The desk clerk receiving (printed on the receipt); default: the command line.")
        String clerk;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                var request = IntakeRequestJson.read(file);
                IntakeResult result = session.context().intake().receive(
                        clerk == null ? UserCommand.LOCAL_ADMIN : session.context().users().actingAs(clerk), request);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("uuid", result.id().toString());
                json.put("code", result.code());
                json.put("status", result.status().code());
                json.put("dueAt", result.dueAt() == null ? null : result.dueAt().toString());
                json.put("repeated", result.repeated());
                var m = session.messages();
                String due = result.dueAt() == null ? m.get("dossier.noDue")
                        : CalendarText.local(result.dueAt());
                session.print(json, m.get(result.repeated() ? "dossier.receivedBefore" : "dossier.received", result.code(),
                        m.get(result.status().messageKey()), due));
                return Cli.OK;
            }
        }
    }
}
