package vn.motcua.testing;

import java.nio.file.Path;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.ServerConnection;
import vn.motcua.storage.Settings;
import vn.motcua.storage.SettingsStore;

/**
 * The two databases an office can run on, for tests that must pass on both (a parameter of
 * {@code @ParameterizedTest @EnumSource(TestDatabase.class)}). PostgreSQL is set up the way
 * {@code db configure} leaves a desk: the data directory's settings name the server, and
 * {@code AppContext.open} follows them.
 */
public enum TestDatabase {
    H2,
    POSTGRESQL;

    /**
     * Prepares {@code dir} so that opening it uses this database: nothing for H2; for PostgreSQL a
     * new database on the shared test cluster, unless the directory's settings already name one
     * (a reopened office keeps its data).
     */
    public DataDirectory prepare(Path dir) {
        DataDirectory data = new DataDirectory(dir).prepare();
        if (this == POSTGRESQL) {
            SettingsStore store = new SettingsStore(data.settingsFile());
            Settings settings = store.load();
            if (settings.serverConnection() == null) {
                String url = PostgresServer.shared().createDatabase("office");
                store.save(settings.withServerConnection(new ServerConnection(url, PostgresServer.USER, PostgresServer.PASSWORD)));
            }
        }
        return data;
    }

    /** A second data directory (another desk) working on the same database as {@code first}. */
    public DataDirectory sameDatabase(Path first, Path other) {
        DataDirectory data = new DataDirectory(other).prepare();
        if (this == POSTGRESQL) {
            ServerConnection server = new SettingsStore(new DataDirectory(first).settingsFile()).load().serverConnection();
            new SettingsStore(data.settingsFile()).save(Settings.defaults().withServerConnection(server));
        }
        return data;
    }
}
