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
import org.flywaydb.core.api.MigrationState;
import vn.motcua.common.UserFacingException;

/**
 * Flyway migrations from the first table on. Refuses a database written by a newer MotCua
 * before touching it: Flyway would otherwise ignore the unknown migrations and let this older
 * desk write into a schema it does not understand.
 */
final class Migrations {
    /** The highest {@code V<n>__} migration this build ships; {@code MigrationsTest} keeps it honest. */
    
    static final int LATEST = 22;

    private final DataSource dataSource;
    private final String vendor;
    private final String where;

    Migrations(DataSource dataSource, String vendor, String where) {
        this.dataSource = dataSource;
        this.vendor = vendor;
        this.where = where;
    }

    /** Migrates to the latest schema and returns its version. */
    String migrate() {
        // Flyway costs about a second of start-up (class loading, class-path scan); a database
        // that is already current, which is every start but the first after an upgrade, skips it.
        OptionalInt installed = installedVersion();
        if (installed.isPresent() && installed.getAsInt() > LATEST) {
            throw newer(String.valueOf(installed.getAsInt()));
        }
        if (installed.isPresent() && installed.getAsInt() == LATEST) {
            return String.valueOf(LATEST);
        }
        Flyway flyway = flyway();
        boolean future = Arrays.stream(flyway.info().all()).anyMatch(i -> i.getState() == MigrationState.FUTURE_SUCCESS
                || i.getState() == MigrationState.FUTURE_FAILED);
        if (future) {
            MigrationInfo current = flyway.info().current();
            throw newer(current == null ? "?" : current.getVersion().getVersion());
        }
        flyway.migrate();
        MigrationInfo current = flyway.info().current();
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
