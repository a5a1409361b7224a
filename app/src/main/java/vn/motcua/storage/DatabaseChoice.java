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
        store.save(store.load().withServerConnection(ServerPasswords.sealed(dir, connection)));
        return new ConfiguredServer(connection.location(), connection.hostAndPort(), connection.user(), schema);
    }

    /** What {@code db migrate-to} did: the server now in use and each table copied and verified. */
    public record MovedOffice(ConfiguredServer server, List<Table> tables, java.nio.file.Path leftBehind) {
        /** One table: rows copied and the digest both sides agree on. */
        public record Table(String name, long rows, String digest) {
        }
    }

    /** Progress of a move: the table being copied, its place among all, and its rows. */
    public interface MoveProgress {
        void table(String name, int number, int of, long rows);
    }

    /**
     * Moves the office from this directory's H2 file onto {@code connection}: migrates the server
     * database, refuses it unless it is unused, copies every table in one server transaction,
     * verifies each table's rows and digest on both sides, and only then writes the choice into
     * the settings. Holds the desktop lock throughout, so no desk writes into the file meanwhile.
     * The H2 file is left as it was (a copy of the office on the day it moved).
     */
    public static MovedOffice migrateTo(DataDirectory dir, ServerConnection connection, List<Class<?>> entities, MoveProgress progress) {
        if (configured(dir) != null) {
            throw new vn.motcua.common.UserFacingException("db.migrate.alreadyServer", configured(dir).location());
        }
        if (!dir.databaseExists()) {
            throw new vn.motcua.common.UserFacingException("db.migrate.noFile", dir.root());
        }
        try (DesktopLock lock = DesktopLock.acquire(dir);
             Database h2 = Database.openH2(dir, entities);
             Database server = Database.openPostgres(connection.url(), connection.user(), connection.password(), entities)) {
            List<MovedOffice.Table> tables = new OfficeCopy(h2.dataSource(), server.dataSource(), connection.location())
                    .run(progress::table).stream().map(c -> new MovedOffice.Table(c.table(), c.rows(), c.digest())).toList();
            SettingsStore store = new SettingsStore(dir.settingsFile());
            store.save(store.load().withServerConnection(ServerPasswords.sealed(dir, connection)));
            return new MovedOffice(new ConfiguredServer(connection.location(), connection.hostAndPort(), connection.user(),
                    server.schemaVersion()), tables, java.nio.file.Path.of(h2.location()));
        }
    }

    /** The server the directory's settings name, or null when it opens its H2 file. */
    public static ServerConnection configured(DataDirectory dir) {
        return new SettingsStore(dir.settingsFile()).load().serverConnection();
    }
}
