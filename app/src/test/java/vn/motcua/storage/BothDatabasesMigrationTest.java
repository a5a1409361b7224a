package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.motcua.AppContext;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.TestOffice;

/** The same migrations from an empty database on H2 and on PostgreSQL, and the audit trail's guard on both. */
class BothDatabasesMigrationTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void migratesAnEmptyDatabaseToTheLatestSchemaAndReopensWithoutFlyway(TestDatabase db) throws Exception {
        try (AppContext context = TestOffice.open(tmp, db)) {
            assertThat(context.database().vendor()).isEqualTo(db == TestDatabase.H2 ? "h2" : "postgresql");
            assertThat(context.database().schemaVersion()).isEqualTo(String.valueOf(Migrations.LATEST));
            try (Connection c = context.database().dataSource().getConnection()) {
                assertThat(tables(c)).contains("office", "app_user", "audit_entry", "outbox_entry", "dossier",
                        "dossier_status_event", "dossier_name_key", "sequence_counter", "sync_lease");
            }
        }
        try (AppContext context = TestOffice.open(tmp, db)) {
            assertThat(new Migrations(context.database().dataSource(), context.database().vendor(), "test").installedVersion())
                    .hasValue(Migrations.LATEST);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theAuditTrailRefusesUpdateAndDelete(TestDatabase db) throws Exception {
        try (AppContext context = TestOffice.initialized(tmp, db);
             Connection c = context.database().dataSource().getConnection();
             Statement st = c.createStatement()) {
            int before = count(st);
            assertThat(before).isPositive(); // the first-run setup is audited
            assertThatThrownBy(() -> st.executeUpdate("update audit_entry set actor_name = 'someone else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("delete from audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            if (db == TestDatabase.POSTGRESQL) {
                assertThatThrownBy(() -> st.executeUpdate("truncate audit_entry"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            }
            assertThat(count(st)).isEqualTo(before);
            assertThat(st.executeUpdate("insert into audit_entry (id, at, action) values ('" + java.util.UUID.randomUUID()
                    + "', current_timestamp, 'TEST_APPEND')")).isEqualTo(1);
        }
    }

    private static int count(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("select count(*) from audit_entry")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Set<String> tables(Connection c) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
