package vn.motcua.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.common.UserFacingException;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.OfficeKeys;

/**
 * The office database: a pool, Flyway migrations, then Hibernate for the aggregates.
 * The default is an H2 file in the data directory in automatic mixed mode, so the command line
 * can work on the database while the desktop has it open.
 */
public final class Database implements AutoCloseable {
    /** The schema version this build migrates to. */
    public static final int SCHEMA_VERSION = Migrations.LATEST;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** H2's page cache in everyday use (KB). */
    static final int CACHE_KB = 64 * 1024;
    /** H2's page cache while a bulk write runs (KB): the import touches every index of a large table. */
    static final int BULK_CACHE_KB = 256 * 1024;
    /** H2's write delay while a bulk write runs (ms): the store writes its chunk at most this often instead of at every commit. */
    static final int BULK_WRITE_DELAY_MS = 2_000;

    static {
        // H2's automatic server must listen on loopback only, never on the office network.
        System.setProperty("h2.bindAddress", "127.0.0.1");
    }

    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final String schemaVersion;
    private final String location;
    private final String vendor;
    private final SchemaUpgrade upgrade;
    /** Set once, by openH2, before the Database is handed out. */
    private OfficeKey officeKey;

    private Database(HikariDataSource dataSource, SessionFactory sessionFactory, String schemaVersion, String location,
            String vendor, SchemaUpgrade upgrade) {
        this.vendor = vendor;
        this.upgrade = upgrade;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.schemaVersion = schemaVersion;
        this.location = location;
    }

    /** Opens (creating if needed) the H2 file of {@code dir}, migrates it and maps {@code entities}. */
    public static Database openH2(DataDirectory dir, List<Class<?>> entities) {
        return openH2(dir, entities, UpgradeListener.NONE);
    }

    /**
     * As {@link #openH2(DataDirectory, List)}; before migrating an existing schema it writes a
     * verified backup into {@link DataDirectory#backups()} ({@link DatabaseBackups}), and tells
     * {@code upgrades} what it is doing.
     */
    public static Database openH2(DataDirectory dir, List<Class<?>> entities, UpgradeListener upgrades) {
        OfficeKey key = officeKey(dir);
        Path mvFile = Path.of(dir.databaseFile() + ".mv.db");
        // the file says whether it is encrypted: an office part-way through `encryption enable`
        // (key made, file not yet converted) keeps opening its plain file until the step is done
        boolean encryptedFile = Files.exists(mvFile) ? H2Files.isEncrypted(mvFile) : key != null;
        if (encryptedFile && key == null) {
            throw new UserFacingException("encryption.noKeyFile", mvFile, OfficeKeys.of(dir.root()).file());
        }
        char[] filePassword = encryptedFile ? key.h2FilePassword() : null;
        H2CrashRecovery.prepare(dir.databaseFile(), filePassword, upgrades); // after a crash: the newest commit, not H2's quick guess
        // WRITE_DELAY=0: H2 otherwise keeps committed changes in memory for up to a second, and a
        // killed process (power cut, task manager) loses them; CrashRecoveryTest proves it.
        // LOCK_TIMEOUT: desks queue on the dossier-code counter row; H2's default of one second
        // is too short on a busy, slow PC (a clerk would see a lock error instead of waiting).
        // AUTO_RECONNECT: when the process serving the file closes (a desk shuts down), the
        // others reconnect and one of them takes over serving it, instead of failing for good.
        // OPTIMIZE_REUSE_RESULTS=FALSE: H2's reuse of a query's earlier result can hand a desk a
        // counter value it read before it waited for the row lock (h2database issue 4208); with
        // it off, a pooled-JDBC reproduction of the duplicate dossier numbers went quiet. The
        // counters also keep their own lock in the JVM (SequenceCounters).
        // CACHE_SIZE (KB): H2's default page cache of 16 MB holds a fraction of the list's indexes
        // once an office has a million dossiers (HistoryBench); 64 MB keeps their hot pages in
        // memory for a fraction of the 400 MB heap budget.
        String url = "jdbc:h2:file:" + dir.databaseFile()
                + ";AUTO_SERVER=TRUE;AUTO_RECONNECT=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;OPTIMIZE_REUSE_RESULTS=FALSE"
                + ";CACHE_SIZE=" + CACHE_KB
                + (encryptedFile ? ";CIPHER=AES" : "");
        // CIPHER=AES: H2's password is "<file password> <user password>"; the user password stays empty
        String password = encryptedFile ? new String(filePassword) + " " : "";
        DatabaseBackups backups = DatabaseBackups.of(dir);
        Migrations.BeforeUpgrade backUp = (ds, from, to, listener) -> {
            LOG.info("backing up the database before migrating it from schema {} to {}…", from, to);
            listener.backingUp(from, to);
            return backups.backUp(ds, from, to);
        };
        return open(url, "sa", password, "h2", dir.databaseFile() + ".mv.db", entities, backUp, upgrades).withKey(key);
    }

    /**
     * The office key a data directory's H2 file and documents use: a new office gets one (new
     * offices are encrypted from the first byte); an older office without a key file has none
     * until {@code encryption enable}; a key this PC does not hold is refused with the way to get it.
     */
    static OfficeKey officeKey(DataDirectory dir) {
        OfficeKeys keys = OfficeKeys.of(dir.root());
        if (keys.encrypted()) {
            return keys.unlock().orElseThrow();
        }
        return dir.databaseExists() ? null : keys.create();
    }

    /** The office key of an H2 office (documents, drafts); empty for a plain older office and on PostgreSQL. */
    public java.util.Optional<OfficeKey> officeKey() {
        return java.util.Optional.ofNullable(officeKey);
    }

    private Database withKey(OfficeKey key) {
        this.officeKey = key;
        return this;
    }

    /**
     * Opens the office's PostgreSQL database (several desks, one set of dossiers): checks that the
     * server answers and is PostgreSQL 15+, migrates it and maps {@code entities}. Each failure is
     * a {@link UserFacingException} naming the server and what to check.
     */
    public static Database openPostgres(String url, String user, String password, List<Class<?>> entities) {
        return openPostgres(url, user, password, entities, UpgradeListener.NONE);
    }

    /**
     * As {@link #openPostgres(String, String, String, List)}, telling {@code upgrades} about a
     * migration. No automatic backup: the server's backups are its administrator's job, so the
     * upgrade is logged with that note and {@link SchemaUpgrade#note} says so to the desk.
     */
    public static Database openPostgres(String url, String user, String password, List<Class<?>> entities,
            UpgradeListener upgrades) {
        ServerConnection connection = new ServerConnection(url, user, password);
        PostgresProbe.check(connection);
        Migrations.BeforeUpgrade note = (ds, from, to, listener) -> {
            LOG.warn("no automatic backup of the server database {} before migrating it from schema {} to {}:"
                    + " backing the server up is its administrator's job (pg_dump)", connection.location(), from, to);
            return null;
        };
        try {
            return open(url, user, password, "postgresql", connection.location(), entities, note, upgrades);
        } catch (UserFacingException e) {
            java.sql.SQLException sql = sqlCause(e);
            // the server went away between the probe and the pool: the same sentence as the probe's
            throw sql != null && sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    ? PostgresProbe.translate(sql, connection) : e;
        }
    }

    /**
     * Opens what the data directory's settings name: the office's PostgreSQL server once
     * {@code db configure} has set one, otherwise the H2 file in the directory.
     */
    public static Database openConfigured(DataDirectory dir, List<Class<?>> entities) {
        return openConfigured(dir, entities, UpgradeListener.NONE);
    }

    /** As {@link #openConfigured(DataDirectory, List)}, telling {@code upgrades} about a backup and migration. */
    public static Database openConfigured(DataDirectory dir, List<Class<?>> entities, UpgradeListener upgrades) {
        ServerConnection server;
        try {
            server = new SettingsStore(dir.settingsFile()).load().serverConnection();
        } catch (UserFacingException e) {
            // a damaged settings.json: the desk reports the file itself and runs on defaults (H2)
            server = null;
        }
        if (server == null) {
            return openH2(dir, entities, upgrades);
        }
        server = ServerPasswords.opened(dir, server);
        return openPostgres(server.url(), server.user(), server.password(), entities, upgrades);
    }

    private static java.sql.SQLException sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof java.sql.SQLException s) {
                return s;
            }
        }
        return null;
    }

    /** "h2" or "postgresql": the Flyway vendor folder and the dialect native SQL is written for. */
    public String vendor() {
        return vendor;
    }

    static Database open(String url, String user, String password, String vendor, String location,
                         List<Class<?>> entities, Migrations.BeforeUpgrade backup, UpgradeListener upgrades) {
        HikariDataSource ds = null;
        try {
            long t0 = System.nanoTime();
            ds = pool(url, user, password);
            Migrations.Outcome migrated = new Migrations(ds, vendor, location, backup, upgrades).run();
            String version = migrated.version();
            long t1 = System.nanoTime();
            SessionFactory sf = sessionFactory(ds, entities);
            LOG.info("database ready: schema {} (migrations {} ms, Hibernate {} ms)", version,
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            return new Database(ds, sf, version, location, vendor, migrated.upgrade());
        } catch (UserFacingException e) {
            closeQuietly(ds);
            throw e;
        } catch (RuntimeException e) {
            closeQuietly(ds);
            throw DatabaseErrors.translate(e, location);
        }
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setPoolName("motcua-db");
        config.setInitializationFailTimeout(-1);
        HikariDataSource ds = new HikariDataSource(config);
        try (var c = ds.getConnection()) {
            c.isValid(2);
        } catch (SQLException e) {
            ds.close();
            throw new JDBCConnectionException(e.getMessage(), e);
        }
        return ds;
    }

    private static SessionFactory sessionFactory(HikariDataSource ds, List<Class<?>> entities) {
        Configuration cfg = new Configuration();
        entities.forEach(cfg::addAnnotatedClass);
        cfg.getProperties().put(AvailableSettings.DATASOURCE, ds);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "none");
        cfg.setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        cfg.setProperty("hibernate.timezone.default_storage", "NORMALIZE_UTC");
        cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
        return cfg.buildSessionFactory();
    }

    private static void closeQuietly(HikariDataSource ds) {
        if (ds != null) {
            ds.close();
        }
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public javax.sql.DataSource dataSource() {
        return dataSource;
    }

    public String schemaVersion() {
        return schemaVersion;
    }

    /** What opening did to an existing, older schema (versions, backup), or empty when it was current or new. */
    public java.util.Optional<SchemaUpgrade> upgrade() {
        return java.util.Optional.ofNullable(upgrade);
    }

    /** Where the data lives, for messages and the doctor (a file path or a server URL). */
    public String location() {
        return location;
    }

    /**
     * Forces what is committed onto the disk (fsync). H2 writes a commit to the file but leaves
     * it in the OS cache; a power cut could lose it. A printed receipt is a legal promise, so
     * intake calls this after its commit and before the receipt prints. PostgreSQL syncs its
     * log on every commit already.
     */
    public void forceToDisk() {
        if (!"h2".equals(vendor)) {
            return;
        }
        try (var c = dataSource.getConnection(); var st = c.createStatement()) {
            st.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            throw DatabaseErrors.translate(new JDBCConnectionException(e.getMessage(), e), location);
        }
    }

    /**
     * Relaxes H2 for a long bulk write on {@code c} (the history import) until the returned handle
     * is closed: a larger page cache, and a write delay so that a commit no longer writes a new
     * chunk of every touched B-tree page to the file (with WRITE_DELAY=0 each chunk commit did, and
     * the file grew by gigabytes of old chunks). Closing restores the everyday settings
     * (WRITE_DELAY=0, {@link #CACHE_KB}) and forces what was written onto the disk. Database-wide:
     * while it is open, other desks' commits reach the file within the delay too, and intake still
     * forces its receipts to disk itself. Nothing to do on PostgreSQL.
     */
    public BulkWrite bulkWrite(java.sql.Connection c) throws SQLException {
        if (!"h2".equals(vendor)) {
            return () -> { };
        }
        try (var st = c.createStatement()) {
            st.execute("SET CACHE_SIZE " + BULK_CACHE_KB);
            st.execute("SET WRITE_DELAY " + BULK_WRITE_DELAY_MS);
        }
        return () -> {
            try (var st = c.createStatement()) {
                st.execute("SET WRITE_DELAY 0");
                st.execute("SET CACHE_SIZE " + CACHE_KB);
            }
            forceToDisk();
        };
    }

    /** The handle of {@link #bulkWrite}: closing it restores the everyday settings. */
    @FunctionalInterface
    public interface BulkWrite extends AutoCloseable {
        @Override
        void close() throws SQLException;
    }

    @Override
    public void close() {
        sessionFactory.close();
        dataSource.close();
    }
}
