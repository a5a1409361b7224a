package vn.motcua.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.documents.DossierDocument;
import vn.motcua.documents.ReuseOffer;

/** {@code documents offers} and {@code documents reuse}: earlier scans of a returning applicant. */
final class DocumentsReuseCommand {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private DocumentsReuseCommand() {
    }

    /** The day a scan was made, as the desk shows it (Vietnam time). */
    static String day(java.time.Instant at) {
        return LocalDate.ofInstant(at, WorkCalendar.ZONE).format(DAY);
    }

    /** {@code documents offers --id-number N --procedure P}: which earlier scans a new dossier could reuse. */
    @Command(name = "offers", mixinStandardHelpOptions = true,
            description = "Earlier scans of an applicant that a new dossier of a procedure could reuse.")
    static final class Offers implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--id-number", required = true, paramLabel = "N", description = "The applicant's personal ID number.")
        String idNumber;

        @Option(names = "--procedure", required = true, paramLabel = "P", description = "Procedure code, e.g. 1.004222.")
        String procedure;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                List<ReuseOffer> offers = session.context().reuse().offers(UserCommand.LOCAL_ADMIN, idNumber, procedure);
                List<Map<String, Object>> rows = new ArrayList<>();
                StringBuilder human = new StringBuilder();
                for (ReuseOffer o : offers) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("component", o.componentCode());
                    row.put("documentId", o.documentId().toString());
                    row.put("fromDossier", o.fromDossierCode());
                    row.put("sha256", o.sha256());
                    row.put("pages", o.pages());
                    row.put("scannedAt", o.scannedAt().toString());
                    rows.add(row);
                    human.append(String.format("%-6s %s  ", o.componentCode(), o.documentId()))
                            .append(session.messages().get("documents.reuse.offer", day(o.scannedAt()), o.fromDossierCode()))
                            .append(System.lineSeparator());
                }
                String text = offers.isEmpty() ? session.messages().get("documents.reuse.none") : human.toString().stripTrailing();
                session.print(Map.of("offers", rows), text);
                return Cli.OK;
            }
        }
    }

    /** {@code documents reuse --dossier CODE --component C --from DOCUMENT_ID}: links an earlier scan. */
    @Command(name = "reuse", mixinStandardHelpOptions = true,
            description = "Link an earlier scan of the same applicant to a component of a dossier (flagged reused).")
    static final class Reuse implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--dossier", required = true, paramLabel = "CODE", description = "The new dossier's code.")
        String dossier;

        @Option(names = "--component", required = true, paramLabel = "C", description = "Component code of the new dossier.")
        String component;

        @Option(names = "--from", required = true, paramLabel = "DOCUMENT_ID", description = "The earlier document (documents offers).")
        UUID from;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                DossierDocument d = session.context().reuse().reuse(UserCommand.LOCAL_ADMIN, dossier, component, from);
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("id", d.id().toString());
                json.put("component", d.componentCode());
                json.put("sha256", d.sha256());
                json.put("pages", d.pages());
                json.put("reused", d.reused());
                json.put("digitized", d.digitized());
                session.print(json, session.messages().get("documents.reuse.linked", d.componentCode(), dossier,
                        String.valueOf(d.pages())));
                return Cli.OK;
            }
        }
    }
}
