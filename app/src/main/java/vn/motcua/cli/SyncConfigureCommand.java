package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.sync.SyncConfig;

/**
 * {@code sync configure --portal-url URL --client-id ID --client-secret-stdin}: where the portal
 * is and the credentials it issued to the office. The secret is read from standard input only.
 */
@Command(name = "configure", mixinStandardHelpOptions = true, description = "Set the portal URL and the office's client credentials.")
final class SyncConfigureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--portal-url", paramLabel = "URL", required = true, description = "The portal's base URL, e.g. https://dichvucong.example.vn.")
    String portalUrl;

    @Option(names = "--client-id", paramLabel = "ID", required = true, description = "The client ID the portal issued to this office.")
    String clientId;

    @Option(names = "--client-secret-stdin", description = "Read the client secret from the first line of standard input.")
    boolean secretFromStdin;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            var settings = session.context().sync().settings();
            char[] secret = secretFromStdin ? StdinSecret.readLine(System.in)
                    : settings.current().map(c -> c.clientSecret().toCharArray()).orElse(null);
            SyncConfig saved = settings.configure(UserCommand.LOCAL_ADMIN, portalUrl, clientId, secret);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("portalUrl", saved.portalUrl().toString());
            json.put("clientId", saved.clientId());
            json.put("secret", "hidden");
            session.print(json, session.messages().get("sync.config.saved", saved.portalUrl().toString(), saved.clientId()));
            return Cli.OK;
        }
    }
}
