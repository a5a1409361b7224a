package vn.motcua.storage;

import java.util.List;

/**
 * Which database a data directory opens: {@code db configure} points a desk at the office's
 * PostgreSQL server here, after checking that the server answers and migrating it, so a desk is
 * never left configured for a server it cannot use. From then on {@link Database#openConfigured}
 * (hence the desktop and every command) opens that server; without a choice, the H2 file.
 */
public final class DatabaseChoice {
    /** What a successful {@code db configure} reports. */
    public record ConfiguredServer(String location, String hostAndPort, String user, String schemaVersion) {
    }

    private DatabaseChoice() {
    }

    /**
     * Connects to {@code connection} (PostgreSQL 15+), migrates its database to this build's
     * schema, then writes the choice into the directory's settings (owner-only file).
     */
    public static ConfiguredServer usePostgres(DataDirectory dir, ServerConnection connection, List<Class<?>> entities) {
        String schema;
        try (Database db = Database.openPostgres(connection.url(), connection.user(), connection.password(), entities)) {
            schema = db.schemaVersion();
        }
        SettingsStore store = new SettingsStore(dir.settingsFile());
        store.save(store.load().withServerConnection(connection));
        return new ConfiguredServer(connection.location(), connection.hostAndPort(), connection.user(), schema);
    }

    /** The server the directory's settings name, or null when it opens its H2 file. */
    public static ServerConnection configured(DataDirectory dir) {
        return new SettingsStore(dir.settingsFile()).load().serverConnection();
    }
}
