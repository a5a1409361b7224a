package vn.motcua.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.common.UserFacingException;
import vn.motcua.sync.sandbox.Clients;
import vn.motcua.sync.sandbox.PortalStore;

/** {@code portal client add}: registers a desk (client ID, agency, secret from stdin) with the sandbox portal. */
@Command(name = "client", mixinStandardHelpOptions = true, description = "Desks allowed to talk to the sandbox portal.",
        subcommands = PortalClientCommand.Add.class)
final class PortalClientCommand {
    private PortalClientCommand() {
    }

    /**
     * {@code portal client add --data-dir DIR --client-id ID --agency AGENCY --client-secret-stdin}:
     * adds the client or rotates its secret; works while {@code portal serve} runs on the same
     * directory (the H2 file is opened with AUTO_SERVER).
     */
    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a desk client (or give it a new secret).")
    static final class Add implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The desk's client ID.")
        String clientId;

        @Option(names = "--agency", required = true, paramLabel = "AGENCY_ID", description = "The agency ID it acts for, e.g. 000.00.06.H56.")
        String agency;

        @Option(names = "--client-secret-stdin", required = true, description = "Read the secret from the first line of standard input.")
        boolean secretFromStdin;

        @Override
        public Integer call() {
            char[] secret;
            try {
                secret = StdinSecret.readLine(System.in);
            } catch (UserFacingException e) {
                throw new UserFacingException("portal.secretMissing");
            }
            boolean added;
            try (PortalStore store = PortalStore.open(PortalCommand.dataDir(spec))) {
                added = Clients.add(store, clientId.trim(), agency.trim(), secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
            if (PortalCommand.json(spec)) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("clientId", clientId.trim());
                json.put("agency", agency.trim());
                json.put("added", added);
                PortalCommand.out(spec, CliSession.json(json));
            } else {
                PortalCommand.out(spec, PortalCommand.messages().get(added ? "portal.client.added" : "portal.client.updated",
                        clientId.trim(), agency.trim()));
            }
            return Cli.OK;
        }
    }
}
