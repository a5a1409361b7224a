package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import vn.motcua.AppContext;
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

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            ServerConnection connection = server.connection();
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
