package vn.motcua.sync.sandbox;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;

/**
 * The sandbox portal's own database: an H2 file in the portal's data directory (never the
 * desk's), plain JDBC, migrated by its own Flyway history from {@code db/portal}.
 *
 * <p>{@code AUTO_SERVER=TRUE} lets {@code portal client add} write into the file while
 * {@code portal serve} holds it open in another process. {@code WRITE_DELAY=0}: a committed
 * answer is on disk before the client reads it, so a portal killed right after answering still
 * holds what it acknowledged. {@code OPTIMIZE_REUSE_RESULTS=FALSE}, as on the desk
 * ({@code storage.Database}): H2's reuse of a statement's last result can serve a pooled
 * connection what it read before another connection's commit (h2database issues 3894, 4208).
 * {@code MAX_LENGTH_INPLACE_LOB=65536}: the JSON columns (snapshots, answers, events) are CLOBs,
 * and H2 keeps a CLOB over 256 characters in its separate LOB store, several map writes to store
 * and a stream to read back; a snapshot of a few KB inside the row is 5–10× cheaper both ways
 * (measured: 20,000 inserts of 1.5 KB 2.2 s → 0.3–0.5 s, reads 0.6–1.2 s → 0.04–0.1 s). Larger
 * values still go to the LOB store, and LOBs stored before stay readable.
 */
public final class PortalStore implements AutoCloseable {
    private final Path dataDir;
    private final HikariDataSource pool;

    private PortalStore(Path dataDir, HikariDataSource pool) {
        this.dataDir = dataDir;
        this.pool = pool;
    }

    /** Opens (creating when needed) the store in {@code dataDir} and migrates it. */
    public static PortalStore open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a portal killed mid-run must come back with every batch it acknowledged
        vn.motcua.storage.H2CrashRecovery.prepare(dataDir.toAbsolutePath().resolve("portal"));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("portal")
                + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;LOCK_TIMEOUT=10000;OPTIMIZE_REUSE_RESULTS=FALSE;MAX_LENGTH_INPLACE_LOB=65536");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(0);
        config.setPoolName("portal");
        HikariDataSource pool = new HikariDataSource(config);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/portal").table("portal_schema_history")
                    .failOnMissingLocations(true).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PortalStore(dataDir, pool);
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A connection from the pool; the caller decides about auto-commit and closes it. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.close();
    }
}
