package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.storage.DatabaseChoice;
import vn.motcua.storage.ServerConnection;

/**
 * {@code db configure --url jdbc:postgresql://host:port/db --user U --password-stdin}: checks the
 * server, migrates its database and makes this data directory open it from now on. The password
 * is read from standard input only, never from the command line.
 */
@Command(name = "configure", mixinStandardHelpOptions = true,
        description = "Use the office's PostgreSQL server (15 or later): check it, migrate it, remember it in this data directory.")
final class DbConfigureCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "JDBC-URL", required = true,
            description = "The server's database, e.g. jdbc:postgresql://192.168.1.10:5432/motcua.")
    String url;

    @Option(names = "--user", paramLabel = "USER", required = true, description = "The database user.")
    String user;

    @Option(names = "--password-stdin", description = "Read the database password from the first line of standard input.")
    boolean passwordFromStdin;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            if (!url.startsWith("jdbc:postgresql://")) {
                throw new UserFacingException("db.badUrl", url);
            }
            String password = passwordFromStdin ? new String(StdinSecret.readLine(System.in)) : "";
            ServerConnection connection = new ServerConnection(url.strip(), user.strip(), password);
            DatabaseChoice.ConfiguredServer done = DatabaseChoice.usePostgres(session.dataDirectory(), connection, AppContext.ENTITIES);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("vendor", "postgresql");
            json.put("url", done.location());
            json.put("user", done.user());
            json.put("schema", done.schemaVersion());
            json.put("settings", session.dataDirectory().settingsFile().toString());
            session.print(json, session.messages().get("db.configured", done.location(), done.user(), done.schemaVersion(),
                    session.dataDirectory().settingsFile().toString()));
            return Cli.OK;
        }
    }
}
