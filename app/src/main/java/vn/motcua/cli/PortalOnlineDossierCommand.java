package vn.motcua.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.common.Text;
import vn.motcua.sync.sandbox.SandboxClient;

/** {@code portal online-dossier}: a citizen submits a dossier on the (sandbox) national portal, for training. */
@Command(name = "online-dossier", mixinStandardHelpOptions = true, description = "Submit a dossier online as a citizen (training).")
final class PortalOnlineDossierCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The portal.")
    String url;

    @Option(names = "--agency", required = true, paramLabel = "A", description = "The agency ID receiving it.")
    String agency;

    @Option(names = "--procedure", required = true, paramLabel = "CODE", description = "National procedure code (MaTTHC).")
    String procedure;

    @Option(names = "--procedure-name", paramLabel = "NAME", description = "Procedure name (TenTTHC); default: the code.")
    String procedureName;

    @Option(names = "--applicant", required = true, paramLabel = "NAME", description = "The applicant's full name.")
    String applicant;

    @Option(names = "--id-number", paramLabel = "N", description = "The applicant's ID number.")
    String idNumber;

    @Override
    public Integer call() {
        SandboxClient.Created created = SandboxClient.of(PortalCommand.url(url)).onlineDossier(agency.trim(), procedure.trim(),
                Text.nfc(procedureName != null ? procedureName : procedure).trim(), Text.nfc(applicant).trim(),
                idNumber == null ? null : idNumber.trim());
        if (PortalCommand.json(spec)) {
            PortalCommand.out(spec, created.snapshot().toString());
        } else {
            PortalCommand.out(spec, PortalCommand.messages().get("portal.online.created", created.code(), created.uuid().toString()));
        }
        return Cli.OK;
    }
}
