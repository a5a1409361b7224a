package vn.motcua.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.documents.ocr.TextLayerQueue;

/** {@code documents search WORDS…}: dossier components whose scanned text holds every word (accents optional). */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Find digitized papers by the words in them (needs the text layer: documents ocr).")
final class DocumentsSearchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "WORD")
    List<String> words;

    @Option(names = "--limit", defaultValue = "50")
    int limit;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            List<TextLayerQueue.Hit> hits = session.context().textLayers().search(String.join(" ", words), limit);
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (TextLayerQueue.Hit h : hits) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("dossier", h.dossierCode());
                row.put("component", h.componentCode());
                row.put("sha256", h.sourceSha256());
                row.put("pages", h.pages());
                rows.add(row);
                human.append(String.format("%s  %-8s %3d  %s%n", h.dossierCode(), h.componentCode(), h.pages(),
                        h.sourceSha256().substring(0, 12)));
            }
            session.print(Map.of("hits", rows), hits.isEmpty() ? session.messages().get("documents.search.none")
                    : human.toString().stripTrailing());
            return Cli.OK;
        }
    }
}
