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
import picocli.CommandLine.Parameters;
import vn.motcua.documents.StackFiling;
import picocli.CommandLine.Spec;
import vn.motcua.documents.split.StackPart;
import vn.motcua.documents.split.StackSplitter;

/**
 * {@code scan split FILE... [--json]}: where a scanned stack would be cut at its separator
 * sheets; with {@code --import} each part is filed. Pages are numbered from 1 as in a PDF viewer, so the clerk can check
 * the cut before {@code scan import}.
 */
@Command(name = "split", mixinStandardHelpOptions = true,
        description = "Show the parts of a scanned stack (a PDF, or JPEG/PNG pages in order) cut at its separator sheets.")
final class ScanSplitCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The scanned stack: one PDF, or page images in order.")
    List<Path> files;

    @Option(names = "--import", description = "File each part into its dossier component (as scan import does); "
            + "refused whole when some pages come before the first separator.")
    boolean fileParts;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            if (fileParts) {
                return fileStack(session);
            }
            List<StackPart> parts = new StackSplitter().split(files);
            var m = session.messages();
            List<Map<String, Object>> assigned = new ArrayList<>();
            List<Integer> unassigned = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (StackPart p : parts) {
                List<Integer> pages = p.pageIndexes().stream().map(i -> i + 1).toList();
                if (p.unassigned()) {
                    unassigned.addAll(pages);
                    human.append(m.get("scan.split.unassigned", pages(pages))).append(System.lineSeparator());
                    continue;
                }
                Map<String, Object> part = new LinkedHashMap<>();
                part.put("dossierCode", p.dossierCode());
                part.put("componentCode", p.componentCode());
                part.put("pages", pages);
                assigned.add(part);
                human.append(p.empty() ? m.get("scan.split.emptyPart", p.dossierCode(), p.componentCode())
                        : m.get("scan.split.part", p.dossierCode(), p.componentCode(), pages(pages)));
                human.append(System.lineSeparator());
            }
            if (parts.isEmpty() || assigned.isEmpty()) {
                human.append(m.get("scan.split.noSeparator")).append(System.lineSeparator());
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("parts", assigned);
            json.put("unassignedPages", unassigned);
            session.print(json, human.toString().stripTrailing());
            return Cli.OK;
        }
    }

    private int fileStack(CliSession session) {
        List<StackFiling.FiledPart> filed = new StackFiling(session.context().documents()).file(UserCommand.LOCAL_ADMIN, files);
        List<Map<String, Object>> json = new ArrayList<>();
        StringBuilder human = new StringBuilder();
        for (StackFiling.FiledPart f : filed) {
            List<Integer> pages = f.pageIndexes().stream().map(i -> i + 1).toList();
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("dossierCode", f.dossierCode());
            part.put("componentCode", f.componentCode());
            part.put("pages", pages);
            part.put("sha256", f.document().sha256());
            part.put("path", f.document().path().toString());
            json.add(part);
            human.append(session.messages().get("scan.split.filed", f.dossierCode(), f.componentCode(), pages(pages)))
                    .append(System.lineSeparator());
        }
        session.print(Map.of("filed", json), human.toString().stripTrailing());
        return Cli.OK;
    }

    private static String pages(List<Integer> pages) {
        return String.join(", ", pages.stream().map(String::valueOf).toList());
    }
}
