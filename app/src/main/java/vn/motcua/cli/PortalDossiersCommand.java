package vn.motcua.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.sync.sandbox.SandboxClient;

/**
 * {@code portal dossiers --url URL [--json]}: what the portal holds, one line per dossier
 * (with --json: MaHoSo, uuid, TrangThaiHoSo, version, attachments[{uuid, sha256}]).
 */
@Command(name = "dossiers", mixinStandardHelpOptions = true, description = "List the dossiers the sandbox portal holds.")
final class PortalDossiersCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "URL", description = "The portal, e.g. http://127.0.0.1:8787.")
    String url;

    @Override
    public Integer call() {
        JsonNode all = SandboxClient.of(PortalCommand.url(url)).dossiers();
        boolean json = PortalCommand.json(spec);
        for (JsonNode d : all) {
            if (json) {
                PortalCommand.out(spec, d.toString());
            } else {
                PortalCommand.out(spec, String.format("%-28s  %2s  v%-4s  %s", d.path("MaHoSo").asText(),
                        d.path("TrangThaiHoSo").asText(), d.path("version").asText(), d.path("uuid").asText()));
            }
        }
        if (!json) {
            PortalCommand.out(spec, all.isEmpty() ? PortalCommand.messages().get("portal.dossiers.none")
                    : PortalCommand.messages().get("portal.dossiers.count", String.valueOf(all.size())));
        }
        return Cli.OK;
    }
}
