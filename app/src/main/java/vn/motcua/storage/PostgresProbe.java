package vn.motcua.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Properties;
import vn.motcua.common.UserFacingException;

/**
 * Connects once to the office's PostgreSQL server before the pool is built, so that an
 * unreachable server, a wrong password, a missing database or an old server each give the
 * administrator one sentence naming what to check (the pool would wait half a minute and then
 * report only "connection is not available").
 */
final class PostgresProbe {
    /** The oldest server the migrations and queries are tested on. */
    static final int MIN_MAJOR_VERSION = 15;
    /** Seconds to wait for the server before saying it cannot be reached. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private PostgresProbe() {
    }

    /** Checks that {@code connection} reaches PostgreSQL 15+; returns the server's version text. */
    static String check(ServerConnection connection) {
        Properties props = new Properties();
        props.setProperty("user", connection.user());
        props.setProperty("password", connection.password());
        props.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        try (Connection c = new org.postgresql.Driver().connect(connection.url(), props)) {
            DatabaseMetaData meta = c.getMetaData();
            String product = meta.getDatabaseProductName();
            String version = meta.getDatabaseProductVersion();
            if (!"PostgreSQL".equalsIgnoreCase(product)) {
                throw new UserFacingException("db.notPostgres", connection.hostAndPort(), product + " " + version);
            }
            if (meta.getDatabaseMajorVersion() < MIN_MAJOR_VERSION) {
                throw new UserFacingException("db.tooOld", connection.hostAndPort(), version,
                        String.valueOf(MIN_MAJOR_VERSION));
            }
            return version;
        } catch (SQLException e) {
            throw translate(e, connection);
        }
    }

    /** The sentence for a failed connection, by PostgreSQL's SQLSTATE (see its appendix A). */
    static UserFacingException translate(SQLException e, ServerConnection connection) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = connection.hostAndPort();
        if (state.equals("28P01") || state.equals("28000")) {
            return new UserFacingException(e, "db.wrongPassword", connection.user(), where);
        }
        if (state.equals("3D000")) {
            return new UserFacingException(e, "db.noDatabase", connection.databaseName(), where);
        }
        if (state.startsWith("08") || String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connection")) {
            return new UserFacingException(e, "db.unreachable", where);
        }
        return new UserFacingException(e, "db.failed", connection.location(), e.getMessage());
    }
}
