package vn.motcua.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.motcua.common.UserFacingException;

/**
 * Flyway migrations from the first table on. Refuses a database written by a newer MotCua
 * before touching it: Flyway would otherwise ignore the unknown migrations and let this older
 * desk write into a schema it does not understand. Before a migration changes an existing schema
 * it has the database backed up ({@link BeforeUpgrade}); a failed backup stops it untouched.
 */
final class Migrations {
    private static final Logger LOG = LoggerFactory.getLogger(Migrations.class);

    /** The highest {@code V<n>__} migration this build ships; {@code MigrationsTest} keeps it honest. */
    
    static final int LATEST = 25;

    private final DataSource dataSource;
    private final String vendor;
    private final String where;
    private final BeforeUpgrade backup;
    private final UpgradeListener listener;

    Migrations(DataSource dataSource, String vendor, String where) {
        this(dataSource, vendor, where, BeforeUpgrade.NONE, UpgradeListener.NONE);
    }

    Migrations(DataSource dataSource, String vendor, String where, BeforeUpgrade backup, UpgradeListener listener) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.where = where;
        this.backup = backup;
        this.listener = listener;
    }

    /**
     * What runs between deciding to migrate an existing schema and Flyway's first statement: the
     * H2 backup. Returns the verified backup file, or {@code null} when there is none to make.
     * Throwing stops the upgrade before anything changed.
     */
    @FunctionalInterface
    interface BeforeUpgrade {
        BeforeUpgrade NONE = (ds, from, to, listener) -> null;

        java.nio.file.Path backUp(DataSource dataSource, String from, String to, UpgradeListener listener);
    }

    /** The schema version reached and, when an existing schema was changed, what the upgrade did. */
    record Outcome(String version, SchemaUpgrade upgrade) {
    }

    /** Migrates to the latest schema and returns its version. */
    String migrate() {
        return run().version();
    }

    /** Migrates to the latest schema, backing an existing one up first. */
    Outcome run() {
        // Flyway costs about a second of start-up (class loading, class-path scan); a database
        // that is already current, which is every start but the first after an upgrade, skips it.
        OptionalInt installed = installedVersion();
        if (installed.isPresent() && installed.getAsInt() > LATEST) {
            throw newer(String.valueOf(installed.getAsInt()));
        }
        if (installed.isPresent() && installed.getAsInt() == LATEST) {
            return new Outcome(String.valueOf(LATEST), null);
        }
        Flyway flyway = flyway();
        MigrationInfoService info = flyway.info();
        boolean future = Arrays.stream(info.all()).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                || i.getState() == MigrationState.FUTURE_FAILED);
        MigrationInfo before = info.current();
        if (future) {
            throw newer(before == null ? "?" : before.getVersion().getVersion());
        }
        MigrationInfo[] pending = info.pending();
        if (before == null || pending.length == 0) {
            // a brand-new database (nothing to lose) or nothing to apply: no backup, no news
            flyway.migrate();
            return new Outcome(version(flyway.info().current()), null);
        }
        String from = before.getVersion().getVersion();
        String to = pending[pending.length - 1].getVersion().getVersion();
        java.nio.file.Path backupFile = backup.backUp(dataSource, from, to, listener);
        LOG.info("migrating the database {} from schema {} to {}…", where, from, to);
        listener.migrating(from, to);
        long t0 = System.nanoTime();
        flyway.migrate();
        String reached = version(flyway.info().current());
        LOG.info("migrated the database {} from schema {} to {} in {} s", where, from, reached,
                (System.nanoTime() - t0) / 1_000_000_000);
        SchemaUpgrade upgrade = new SchemaUpgrade(from, reached, backupFile, where);
        listener.upgraded(upgrade);
        return new Outcome(reached, upgrade);
    }

    private static String version(MigrationInfo current) {
        return current == null ? "0" : current.getVersion().getVersion();
    }

    private UserFacingException newer(String found) {
        return new UserFacingException("storage.newerDatabase", where, found, LATEST);
    }

    /**
     * The schema version when the history is clean (versions 1..n, all succeeded), else empty.
     * A vendor's own fractional versions (PostgreSQL's V10_1, V11_1 around common V11) must have
     * succeeded too but do not count: n is the highest whole version.
     */
    OptionalInt installedVersion() {
        try (Connection c = dataSource.getConnection();
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select \"version\", \"success\" from \"flyway_schema_history\"")) {
            int max = 0;
            int count = 0;
            while (rs.next()) {
                String version = rs.getString(1);
                if (version == null) {
                    continue;
                }
                if (!rs.getBoolean(2)) {
                    return OptionalInt.empty();
                }
                if (version.contains(".")) {
                    continue;
                }
                max = Math.max(max, Integer.parseInt(version));
                count++;
            }
            return count > 0 && count == max ? OptionalInt.of(max) : OptionalInt.empty();
        } catch (SQLException | NumberFormatException e) {
            return OptionalInt.empty(); // no history yet, or one we do not read: let Flyway decide
        }
    }

    Flyway flyway() {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .failOnMissingLocations(false)
                .load();
    }
}
