package vn.motcua.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import vn.motcua.storage.DataDirectory;

/**
 * An H2 office database at an older schema, made by the real migrations up to {@code target}
 * (Flyway's target), as a desk of an earlier release left it; and the plain-JDBC look at a
 * database file that the upgrade tests use to see a schema version without migrating it.
 */
public final class OldSchema {
    private OldSchema() {
    }

    /** Creates the database of {@code dir} at schema {@code target} (the data directory is prepared). */
    public static void create(DataDirectory dir, int target) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url(dir.databaseFile()));
        ds.setUser("sa");
        ds.setPassword("");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration/common", "classpath:db/migration/h2")
                .failOnMissingLocations(false).target(String.valueOf(target)).load().migrate();
    }

    /** A JDBC URL for the H2 file {@code base} (without {@code .mv.db}), shared with a desk that has it open. */
    public static String url(Path base) {
        return "jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE";
    }

    public static Connection connect(Path base) throws SQLException {
        return H2Login.connect(base, ";AUTO_SERVER=TRUE");
    }

    /** The highest whole schema version in the file's Flyway history, read without migrating. */
    public static int version(Path base) throws SQLException {
        try (Connection c = connect(base); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select max(cast(\"version\" as integer)) from \"flyway_schema_history\""
                     + " where \"success\" and \"version\" not like '%.%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Unzips a backup as a clerk would restore it by hand; returns the H2 base name inside {@code into}. */
    public static Path restore(Path zip, Path into) throws IOException {
        Files.createDirectories(into);
        Path database = null;
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry e = entries.getNextEntry(); e != null; e = entries.getNextEntry()) {
                Path out = into.resolve(e.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("entry outside the folder: " + e.getName());
                }
                Files.copy(entries, out);
                if (e.getName().endsWith(".mv.db")) {
                    database = out;
                }
            }
        }
        if (database == null) {
            throw new IOException(zip + " holds no .mv.db");
        }
        String name = database.getFileName().toString();
        return database.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
    }
}
