package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.common.Messages;
import vn.motcua.documents.ImportedDocument;
import vn.motcua.storage.DataDirectory;

/** {@code scan import|split|watch|run}: digitized papers into the document store, linked to a dossier component. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "Digitize the papers of a dossier.",
        subcommands = {ScanCommand.Import.class, ScanSplitCommand.class, ScanWatchCommand.class, ScanRunCommand.class})
final class ScanCommand {
    private ScanCommand() {
    }

    /**
     * {@code scan import --dossier CODE (--component CODE | --result) FILE...}: one PDF, pages in
     * the order given; with {@code --result} the PDF is the dossier's electronic result.
     */
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import scanned files (JPEG, PNG, TIFF, PDF) as one PDF of a dossier component.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dossier", required = true, paramLabel = "CODE", description = "Dossier code (mã hồ sơ).")
        String dossier;

        @Option(names = "--component", paramLabel = "COMPONENT_CODE", description = "Component code, e.g. CT01.")
        String component;

        @Option(names = "--result", description = "The files are the signed result paper: the dossier's electronic result "
                + "(instead of --component).")
        boolean result;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scanned files, in page order.")
        List<Path> files;

        @Override
        public Integer call() {
            if (result == (component != null)) {
                GlobalOptions options = ((RootCommand) spec.root().userObject()).options();
                Messages m = CliSession.messagesFor(DataDirectory.resolve(options.dataDir()));
                throw new ParameterException(spec.commandLine(), m.get("documents.result.componentOrResult"));
            }
            try (CliSession session = CliSession.start(spec)) {
                ImportedDocument doc = result
                        ? session.context().documents().importResult(UserCommand.LOCAL_ADMIN, dossier, files)
                        : session.context().documents().importFiles(UserCommand.LOCAL_ADMIN, dossier, component, files);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("sha256", doc.sha256());
                json.put("pages", doc.pages());
                json.put("bytes", doc.bytes());
                json.put("path", doc.path().toString());
                json.put("result", result);
                String sentence = result
                        ? session.messages().get("documents.result.imported", String.valueOf(doc.pages()), String.valueOf(doc.bytes()),
                                dossier, doc.path().toString())
                        : session.messages().get("documents.imported", String.valueOf(doc.pages()), String.valueOf(doc.bytes()),
                                component, dossier, doc.path().toString());
                session.print(json, sentence);
                return Cli.OK;
            }
        }
    }
}
