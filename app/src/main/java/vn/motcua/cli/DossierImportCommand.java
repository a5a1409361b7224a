package vn.motcua.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.common.Messages;
import vn.motcua.dossier.history.HistoryImportResult;
import vn.motcua.dossier.history.HistoryProgress;
import vn.motcua.dossier.history.RefusedLine;

/**
 * {@code dossier import --file HISTORY.jsonl [--json]}: loads an office's earlier dossiers with
 * their status history. Prints how many were imported, already there and refused, then each
 * refused line with its number and reason. Exit 0 when no line was refused, 1 otherwise (the
 * good lines are imported either way).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import earlier dossiers with their status history from a JSON Lines file (one dossier per line).")
public final class DossierImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--file", required = true, paramLabel = "HISTORY.jsonl", description = "The history file (UTF-8 JSON Lines).")
    Path file;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            HistoryImportResult result = session.context().historyImport().importFile(UserCommand.LOCAL_ADMIN, file,
                    HistoryProgress.NONE);
            Messages m = session.messages();
            String summary = m.get("history.import.summary", String.valueOf(result.imported()),
                    String.valueOf(result.alreadyThere()), String.valueOf(result.refusedCount()));
            List<Map<String, Object>> refused = new ArrayList<>();
            StringBuilder human = new StringBuilder(summary);
            for (RefusedLine r : result.refused()) {
                String reason = r.reason(m);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("line", r.line());
                line.put("key", r.key());
                line.put("reason", reason);
                refused.add(line);
                human.append(System.lineSeparator()).append(m.get("history.import.refusedLine", String.valueOf(r.line()), reason));
            }
            long unlisted = result.refusedCount() - result.refused().size();
            if (unlisted > 0) {
                human.append(System.lineSeparator()).append(m.get("history.import.moreRefused", String.valueOf(unlisted)));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("lines", result.lines());
            json.put("imported", result.imported());
            json.put("alreadyThere", result.alreadyThere());
            json.put("refused", result.refusedCount());
            json.put("refusedLines", refused);
            json.put("message", summary);
            session.print(json, human.toString());
            return result.refusedCount() == 0 ? Cli.OK : Cli.FAILED;
        }
    }
}
