package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.testing.H2Login;
import vn.motcua.testing.TestOffice;

class DatabaseTest {
    @TempDir
    Path tmp;

    @Test
    void migratesAnEmptyDatabaseToTheLatestSchema() throws Exception {
        try (AppContext context = TestOffice.open(tmp)) {
            assertThat(context.database().schemaVersion()).isEqualTo(String.valueOf(Migrations.LATEST));
            try (Connection c = context.database().dataSource().getConnection()) {
                assertThat(tables(c)).contains("OFFICE", "APP_USER", "APP_USER_ROLE", "AUDIT_ENTRY", "OUTBOX_ENTRY",
                        "CALENDAR_OVERLAY");
            }
        }
        // and a second start finds it current without Flyway
        try (AppContext context = TestOffice.open(tmp)) {
            assertThat(context.database().schemaVersion()).isEqualTo(String.valueOf(Migrations.LATEST));
        }
    }

    @Test
    void latestMatchesTheHighestShippedMigration() throws Exception {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        List<Integer> versions = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db/migration"))) {
            files.forEach(f -> {
                Matcher m = version.matcher(f.getFileName().toString());
                if (m.matches()) {
                    versions.add(Integer.parseInt(m.group(1)));
                }
            });
        }
        assertThat(versions).isNotEmpty();
        assertThat(versions.stream().max(Integer::compare).orElseThrow()).isEqualTo(Migrations.LATEST);
    }

    /** Every index is one more B-tree written per row: the busiest tables keep no two indexes on the same columns (V15). */
    @Test
    void theBusiestTablesHaveNoDuplicateIndexes() throws Exception {
        try (AppContext context = TestOffice.open(tmp);
             Connection c = context.database().dataSource().getConnection();
             var q = c.prepareStatement("select i.table_name, i.index_name, listagg(k.column_name, ',') within group (order by k.ordinal_position) "
                     + "from information_schema.indexes i join information_schema.index_columns k on k.index_name = i.index_name "
                     + "and k.table_name = i.table_name where i.table_name in ('DOSSIER', 'DOSSIER_STATUS_EVENT', 'DOSSIER_NAME_KEY') "
                     + "group by i.table_name, i.index_name");
             var rs = q.executeQuery()) {
            List<String> columnLists = new ArrayList<>();
            while (rs.next()) {
                columnLists.add(rs.getString(1) + "(" + rs.getString(3) + ")");
            }
            assertThat(columnLists).contains("DOSSIER_STATUS_EVENT(DOSSIER_ID)", "DOSSIER_NAME_KEY(DOSSIER_ID)",
                    "DOSSIER_NAME_KEY(NAME_KEY,DOSSIER_ID)").doesNotHaveDuplicates();
        }
    }

    @Test
    void entitiesMatchTheMigratedSchema() {
        try (AppContext context = TestOffice.open(tmp)) {
            Configuration cfg = new Configuration();
            AppContext.ENTITIES.forEach(cfg::addAnnotatedClass);
            cfg.getProperties().put(AvailableSettings.DATASOURCE, context.database().dataSource());
            cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
            cfg.buildSessionFactory().close(); // throws SchemaManagementException on any mismatch
        }
    }

    @Test
    void theAuditTrailRefusesUpdatesAndDeletes() throws Exception {
        try (AppContext context = TestOffice.initialized(tmp);
             Connection c = context.database().dataSource().getConnection();
             Statement st = c.createStatement()) {
            assertThat(count(st, "audit_entry")).isGreaterThan(0);
            assertThatThrownBy(() -> st.executeUpdate("update audit_entry set action = 'x'")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("delete from audit_entry")).isInstanceOf(SQLException.class);
            assertThat(count(st, "audit_entry where action = 'x'")).isZero();
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftAsItWas() throws Exception {
        TestOffice.initialized(tmp).close();
        java.nio.file.Path url = tmp.resolve("db/motcua");
        long historyRows = countIn(url, "\"flyway_schema_history\"");
        int future = Migrations.LATEST + 1;
        execute(url, "insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"installed_by\", \"execution_time\", \"success\") values (99, '" + future + "', 'from the future', 'SQL',"
                + " 'V" + future + "__future.sql', 'sa', 1, true)");
        assertNewerRefused();
        // a gap in the history sends the check through Flyway itself, which must refuse too
        execute(url, "update \"flyway_schema_history\" set \"version\" = '" + (future + 4) + "' where \"installed_rank\" = 99");
        assertNewerRefused();
        try (Connection c = H2Login.connect(url, ""); Statement st = c.createStatement()) {
            assertThat(count(st, "office")).isEqualTo(1);
            assertThat(count(st, "\"flyway_schema_history\"")).isEqualTo(historyRows + 1);
        }
    }

    private void assertNewerRefused() {
        assertThatThrownBy(() -> TestOffice.open(tmp)).isInstanceOfSatisfying(UserFacingException.class, e -> {
            assertThat(e.key()).isEqualTo("storage.newerDatabase");
            assertThat(e.args()[0].toString()).contains(tmp.toString());
        });
    }

    private static void execute(java.nio.file.Path url, String sql) throws SQLException {
        try (Connection c = H2Login.connect(url, ""); Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    private static long countIn(java.nio.file.Path url, String from) throws SQLException {
        try (Connection c = H2Login.connect(url, ""); Statement st = c.createStatement()) {
            return count(st, from);
        }
    }

    private static long count(Statement st, String from) throws SQLException {
        try (ResultSet rs = st.executeQuery("select count(*) from " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }
}
