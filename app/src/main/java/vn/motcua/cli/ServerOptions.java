package vn.motcua.cli;

import picocli.CommandLine.Option;
import vn.motcua.common.UserFacingException;
import vn.motcua.storage.ServerConnection;

/**
 * The options that name the office's PostgreSQL server ({@code db configure}, {@code db migrate-to}):
 * a picocli mixin, so both commands take and check them the same way. The password comes from
 * standard input only, never from the command line (it would show in the process list).
 */
final class ServerOptions {
    @Option(names = "--url", paramLabel = "JDBC-URL", required = true,
            description = "The server's database, e.g. jdbc:postgresql://192.168.1.10:5432/motcua.")
    String url;

    @Option(names = "--user", paramLabel = "USER", required = true, description = "The database user.")
    String user;

    @Option(names = "--password-stdin", description = "Read the database password from the first line of standard input.")
    boolean passwordFromStdin;

    /** The connection the options name; refuses a URL that is not PostgreSQL's before reading the password. */
    ServerConnection connection() {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new UserFacingException("db.badUrl", url);
        }
        String password = passwordFromStdin ? new String(StdinSecret.readLine(System.in)) : "";
        return new ServerConnection(url.strip(), user.strip(), password);
    }
}
