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
import vn.motcua.documents.ImportedDocument;

/** {@code scan import|split|watch|run}: digitized papers into the document store, linked to a dossier component. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "Digitize the papers of a dossier.",
        subcommands = {ScanCommand.Import.class, ScanSplitCommand.class, ScanWatchCommand.class, ScanRunCommand.class})
final class ScanCommand {
    private ScanCommand() {
    }

    /** {@code scan import --dossier CODE --component CODE FILE...}: one PDF, pages in the order given. */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import scanned files (JPEG, PNG, TIFF, PDF) as one PDF of a dossier component.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dossier", required = true, paramLabel = "CODE", description = "Dossier code (mã hồ sơ).")
        String dossier;

        @Option(names = "--component", required = true, paramLabel = "COMPONENT_CODE", description = "Component code, e.g. CT01.")
        String component;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scanned files, in page order.")
        List<Path> files;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                ImportedDocument doc = session.context().documents().importFiles(UserCommand.LOCAL_ADMIN, dossier, component, files);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("sha256", doc.sha256());
                json.put("pages", doc.pages());
                json.put("bytes", doc.bytes());
                json.put("path", doc.path().toString());
                session.print(json, session.messages().get("documents.imported", String.valueOf(doc.pages()),
                        String.valueOf(doc.bytes()), component, dossier, doc.path().toString()));
                return Cli.OK;
            }
        }
    }
}
