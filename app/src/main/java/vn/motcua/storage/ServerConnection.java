package vn.motcua.storage;

import java.util.Properties;

/**
 * The office's PostgreSQL server as one desk reaches it (several desks, one set of dossiers).
 * Kept in the data directory's {@code settings.json} (owner-only), the password sealed with the
 * office key ({@link ServerPasswords}).
 */
public record ServerConnection(String url, String user, String password) {
    public ServerConnection {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** "host:port" for messages (the first host when the URL lists several). */
    public String hostAndPort() {
        Properties p = org.postgresql.Driver.parseURL(url, null);
        if (p == null) {
            return url;
        }
        String host = p.getProperty("PGHOST", "localhost").split(",")[0];
        String port = p.getProperty("PGPORT", "5432").split(",")[0];
        return host + ":" + port;
    }

    /** The database name in the URL, for messages. */
    public String databaseName() {
        Properties p = org.postgresql.Driver.parseURL(url, null);
        return p == null ? "" : p.getProperty("PGDBNAME", "");
    }

    /** The URL without credentials a user may have typed into it, for messages and the doctor. */
    public String location() {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    @Override
    public String toString() {
        return "ServerConnection[" + location() + ", user=" + user + "]"; // never the password
    }
}
