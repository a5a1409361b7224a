package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.documents.VerifyReport;

/** {@code documents verify}: re-hashes the document store; exit 1 when a file is missing or altered. */
@Command(name = "documents", mixinStandardHelpOptions = true, description = "The document store of digitized papers.",
        subcommands = {DocumentsCommand.Verify.class})
final class DocumentsCommand {
    private DocumentsCommand() {
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Re-hash every stored file a dossier references; report missing or altered files.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                VerifyReport report = session.context().documents().verify();
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("checked", report.checked());
                json.put("missing", report.missing());
                json.put("altered", report.altered());
                json.put("intact", report.intact());
                String sentence = report.intact()
                        ? session.messages().get("documents.verify.ok", String.valueOf(report.checked()))
                        : session.messages().get("documents.verify.problems", String.valueOf(report.checked()),
                                String.valueOf(report.missing().size()), String.valueOf(report.altered().size()));
                StringBuilder human = new StringBuilder(sentence);
                report.missing().forEach(h -> human.append(System.lineSeparator()).append("- ").append(h));
                report.altered().forEach(h -> human.append(System.lineSeparator()).append("* ").append(h));
                session.print(json, human.toString());
                return report.intact() ? Cli.OK : Cli.FAILED;
            }
        }
    }
}
