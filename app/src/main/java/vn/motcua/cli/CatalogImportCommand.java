package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.catalog.CatalogImport;
import vn.motcua.catalog.CatalogService;
import vn.motcua.catalog.ProcedureChange;
import vn.motcua.common.Messages;

/**
 * {@code catalog import FILE [--dry-run]}: checks a province's catalogue (JSON or XLSX), prints
 * what it adds, changes and removes against the catalogue in force, and stores it as a new
 * version. With --json, one object per change, then one summary object. A refused file changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a procedure catalogue (JSON or XLSX): validate, show the differences, store a new version.")
final class CatalogImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Catalogue file, JSON or XLSX (told apart by content).")
    Path file;

    @Option(names = "--dry-run", description = "Only check the file and show the differences; store nothing.")
    boolean dryRun;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            // a dry run must not create an office database; a real import needs one
            CatalogService catalog = dryRun ? CatalogCommand.catalog(session) : session.context().catalog();
            CatalogImport result = catalog.importFile(UserCommand.LOCAL_ADMIN, file, dryRun);
            Messages m = session.messages();
            StringBuilder human = new StringBuilder();
            print(session, human, "added", m.get("catalog.change.added"), result.added());
            print(session, human, "changed", m.get("catalog.change.changed"), result.changed());
            print(session, human, "removed", m.get("catalog.change.removed"), result.removed());
            String[] counts = {String.valueOf(result.added().size()), String.valueOf(result.changed().size()),
                String.valueOf(result.removed().size())};
            String sentence = result.unchanged() ? m.get("catalog.import.unchanged", result.version())
                    : dryRun ? m.get("catalog.import.dryRun", result.version(), counts[0], counts[1], counts[2])
                    : m.get("catalog.import.stored", result.version(), counts[0], counts[1], counts[2]);
            if (session.json()) {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("version", result.version());
                summary.put("added", result.added().size());
                summary.put("changed", result.changed().size());
                summary.put("removed", result.removed().size());
                summary.put("unchanged", result.unchanged());
                summary.put("dryRun", result.dryRun());
                summary.put("stored", result.stored());
                summary.put("message", sentence);
                session.jsonLine(summary);
            } else {
                session.human(human.append(sentence).toString());
            }
            return Cli.OK;
        }
    }

    private static void print(CliSession session, StringBuilder human, String kind, String word, List<ProcedureChange> changes) {
        for (ProcedureChange c : changes) {
            if (session.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("change", kind);
                json.put("code", c.code());
                json.put("name", c.name());
                json.put("differences", c.differences());
                session.jsonLine(json);
            }
            human.append(word).append(' ').append(c.code()).append("  ").append(c.name()).append('\n');
            c.differences().forEach(d -> human.append("    - ").append(d).append('\n'));
        }
    }
}
