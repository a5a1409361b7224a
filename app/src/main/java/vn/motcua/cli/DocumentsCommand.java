package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.documents.DossierDocument;
import vn.motcua.documents.IntegrityCheck;
import vn.motcua.documents.VerifyReport;

/**
 * {@code documents verify}: re-hashes the document store and records the run (the weekly
 * schedule's clock starts again); exit 1 when a file is missing or altered.
 */
@Command(name = "documents", mixinStandardHelpOptions = true, description = "The document store of digitized papers.",
        subcommands = {DocumentsCommand.Verify.class, DocumentsCommand.ListLinks.class, DocumentsCommand.Remove.class,
                DocumentsOcrCommand.class, DocumentsSearchCommand.class, DocumentsReuseCommand.Offers.class,
                DocumentsReuseCommand.Reuse.class})
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
                VerifyReport report = session.context().integrity().runNow(UserCommand.LOCAL_ADMIN, IntegrityCheck.MANUAL);
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

    /** {@code documents list CODE}: the files linked to a dossier, removed ones marked. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "The digitized files of a dossier (removed ones marked).")
    static final class ListLinks implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "CODE")
        String code;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                StringBuilder human = new StringBuilder();
                java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
                for (DossierDocument d : session.context().documents().linked(code)) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", d.id().toString());
                    row.put("component", d.componentCode());
                    row.put("pages", d.pages());
                    row.put("sha256", d.sha256());
                    row.put("removed", d.removedAt() != null);
                    row.put("removalReason", d.removalReason());
                    rows.add(row);
                    human.append(String.format("%s  %-6s %3d  %s%s%n", d.id(), d.componentCode(), d.pages(), d.sha256().substring(0, 12),
                            d.removedAt() == null ? "" : "  (" + d.removalReason() + ")"));
                }
                session.print(Map.of("documents", rows), human.toString().stripTrailing());
                return Cli.OK;
            }
        }
    }

    /** {@code documents remove ID --reason TEXT}: a tombstone; the stored file is kept. */
    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a digitized file from its dossier (kept in the store, with who and why).")
    static final class Remove implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(index = "0", paramLabel = "ID")
        java.util.UUID id;

        @picocli.CommandLine.Option(names = "--reason", required = true, paramLabel = "TEXT")
        String reason;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                DossierDocument d = session.context().documents().remove(UserCommand.LOCAL_ADMIN, id, reason);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", d.id().toString());
                json.put("removed", true);
                session.print(json, session.messages().get("documents.removed", d.fileName()));
                return Cli.OK;
            }
        }
    }
}
