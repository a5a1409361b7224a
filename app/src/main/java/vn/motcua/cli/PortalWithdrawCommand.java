package vn.motcua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.common.Text;
import vn.motcua.sync.sandbox.SandboxClient;

/** {@code portal withdraw --code MaHoSo}: the citizen withdraws a dossier on the portal (status 7, origin portal). */
@Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Withdraw a dossier on the portal as its citizen (training).")
final class PortalWithdrawCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The portal.")
    String url;

    @Option(names = "--code", required = true, paramLabel = "MaHoSo", description = "The dossier's official code.")
    String code;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Why the citizen withdraws it.")
    String reason;

    @Override
    public Integer call() {
        SandboxClient portal = SandboxClient.of(PortalCommand.url(url));
        UUID id = portal.find(code.trim());
        JsonNode snapshot = portal.withdraw(id, reason == null ? null : Text.nfc(reason).trim());
        if (PortalCommand.json(spec)) {
            PortalCommand.out(spec, snapshot.toString());
        } else {
            PortalCommand.out(spec, PortalCommand.messages().get("portal.withdrawn", code.trim()));
        }
        return Cli.OK;
    }
}
