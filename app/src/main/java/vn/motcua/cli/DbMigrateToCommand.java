package vn.motcua.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * {@code db migrate-to --url jdbc:postgresql://… --user U --password-stdin}: an office that grew
 * beyond one desk moves its H2 file onto the office's PostgreSQL server, history and all. Progress
 * (one line per table) goes to standard error; the result names every table with its rows and digest.
 */
@Command(name = "migrate-to", mixinStandardHelpOptions = true,
        description = "Copy this desk's H2 database into an empty PostgreSQL database, verify it table by table, and use the server from then on.")
final class DbMigrateToCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ServerOptions server;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            ServerConnection connection = server.connection();
            DatabaseChoice.MovedOffice moved = DatabaseChoice.migrateTo(session.dataDirectory(), connection, AppContext.ENTITIES,
                    (table, number, of, rows) -> session.warn(session.messages().get("db.migrate.progress",
                            String.valueOf(number), String.valueOf(of), table, rows)));
            long rows = moved.tables().stream().mapToLong(DatabaseChoice.MovedOffice.Table::rows).sum();
            List<Map<String, Object>> tables = new ArrayList<>();
            for (DatabaseChoice.MovedOffice.Table t : moved.tables()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("table", t.name());
                row.put("rows", t.rows());
                row.put("digest", t.digest());
                tables.add(row);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("vendor", "postgresql");
            json.put("url", moved.server().location());
            json.put("user", moved.server().user());
            json.put("schema", moved.server().schemaVersion());
            json.put("rows", rows);
            json.put("verified", true);
            json.put("tables", tables);
            json.put("h2File", moved.leftBehind().toString());
            session.print(json, session.messages().get("db.migrate.done", moved.server().location(), String.valueOf(moved.tables().size()),
                    rows, moved.leftBehind().toString(), session.dataDirectory().documents().toString()));
            return Cli.OK;
        }
    }
}
