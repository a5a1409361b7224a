package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.Database;
import vn.motcua.storage.SchemaUpgrade;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.testing.OldSchema;
import vn.motcua.testing.TestOffice;

/**
 * Issue 11, "Upgrades": an office left by an earlier release, with dossiers received and their
 * actions still waiting in the outbox, opens in this build; it is backed up, migrated, and every
 * waiting action lands on a real sandbox portal exactly once.
 * <p>
 * How the earlier release's data is made, honestly: there is no earlier release to run (0.1.0 is
 * the first), and this build's code cannot write into an old schema (its entities map columns
 * added later). So the old database is made by the real migrations up to schema {@value #OLD}
 * (Flyway {@code target}), the last one before the outbox-era changes that follow (V17 sync
 * bundles, V18 notices, V19 conflict decisions, V20/V22 dossier columns back-filled by UPDATEs,
 * V22 indexes on the sync tables); and the rows in it are real work: an office set up and
 * dossiers received and handed over by this build's services in a second data directory, copied
 * table by table into the old schema, column by column where both schemas have the column. So
 * every row is one the old schema accepts and the app really wrote; what the copy cannot carry
 * (the later columns) is exactly what the migrations must back-fill, and the test checks that
 * they back-fill what the live code wrote.
 */
class PreviousReleaseUpgradeTest {
    static final int OLD = 16;
    /** Columns later migrations add to existing rows, with the value the live code gives them. */
    private static final String BACKFILLED = "select id, processing_unit, closed_at, span_class, idx_facts from dossier order by id";

    @TempDir
    Path tmp;

    @Test
    void anOldOfficeWithAWaitingOutboxIsBackedUpMigratedAndEveryActionLandsOnce() throws Exception {
        Path live = tmp.resolve("live");
        Map<String, List<Object>> liveBackfill;
        try (AppContext work = TestOffice.initialized(live)) {
            Actor clerk = Processing.staff(work)[0];
            String first = Processing.receive(work, clerk);
            Processing.receive(work, clerk);
            Processing.receive(work, clerk);
            work.processing().handOver(clerk, first, new HandOver("lan", null, null, null));
        }
        try (Connection c = OldSchema.connect(new DataDirectory(live).databaseFile())) {
            liveBackfill = rows(c, BACKFILLED);
        }

        DataDirectory office = new DataDirectory(tmp.resolve("office")).prepare();
        OldSchema.create(office, OLD);
        try (Connection from = OldSchema.connect(new DataDirectory(live).databaseFile());
             Connection to = OldSchema.connect(office.databaseFile())) {
            copyInto(from, to);
        }
        Map<String, List<Object>> waiting;
        try (Connection c = OldSchema.connect(office.databaseFile())) {
            waiting = rows(c, "select id, aggregate_id, action, state, payload from outbox_entry order by seq");
        }
        assertThat(waiting).hasSizeGreaterThanOrEqualTo(4);
        assertThat(waiting.values()).allSatisfy(r -> assertThat(r.get(3)).isEqualTo("PENDING"));
        assertThat(waiting.values().stream().map(r -> (String) r.get(2)).toList()).contains("RECEIVE", "HAND_OVER");

        SchemaUpgrade upgrade;
        try (AppContext desk = TestOffice.open(office.root());
             PortalHarness portal = PortalHarness.start(tmp.resolve("portal"))) {
            assertThat(desk.database().schemaVersion()).isEqualTo(String.valueOf(Database.SCHEMA_VERSION));
            upgrade = desk.database().upgrade().orElseThrow();
            assertThat(upgrade.from()).isEqualTo(String.valueOf(OLD));
            assertThat(upgrade.backup()).isPresent();
            try (Connection c = desk.database().dataSource().getConnection()) {
                assertThat(rows(c, BACKFILLED)).isEqualTo(liveBackfill);
            }

            portal.connect(desk);
            SyncRunner runner = desk.sync().runner();
            SyncRunner.RunReport first = runner.runUntilEmpty(Duration.ofSeconds(60));
            assertThat(first.empty()).as(first.toString()).isTrue();
            assertThat(first.sent()).isEqualTo(waiting.size());
            Map<String, Long> landed = landed(portal, waiting);
            assertThat(landed).hasSize(waiting.size()).allSatisfy((id, n) -> assertThat(n).as(id).isEqualTo(1L));
            long changes = portalChanges(portal);
            assertThat(changes).isEqualTo(waiting.size());
            try (Connection c = desk.database().dataSource().getConnection()) {
                assertThat(rows(c, "select id, state from outbox_entry").values()).allSatisfy(r -> assertThat(r.get(1)).isEqualTo("DONE"));
            }

            // a second run sends nothing and the portal holds each action still once
            SyncRunner.RunReport second = runner.runUntilEmpty(Duration.ofSeconds(30));
            assertThat(second.sent()).isZero();
            assertThat(landed(portal, waiting)).isEqualTo(landed);
            assertThat(portalChanges(portal)).isEqualTo(changes);
        }

        // the backup is the office as it was: schema 16, the same waiting outbox
        Path restored = OldSchema.restore(upgrade.backup().orElseThrow(), tmp.resolve("restored/db"));
        assertThat(OldSchema.version(restored)).isEqualTo(OLD);
        try (Connection c = OldSchema.connect(restored)) {
            assertThat(rows(c, "select id, aggregate_id, action, state, payload from outbox_entry order by seq")).isEqualTo(waiting);
        }
    }

    /** How many times the portal holds each waiting action: RECEIVE as the dossier, any other as its event. */
    private static Map<String, Long> landed(PortalHarness portal, Map<String, List<Object>> waiting) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = OldSchema.connect(portal.dir.resolve("portal"))) {
            for (Map.Entry<String, List<Object>> e : waiting.entrySet()) {
                boolean receive = "RECEIVE".equals(e.getValue().get(2));
                String sql = receive ? "select count(*) from portal_dossier where uuid = ?" : "select count(*) from portal_event where uuid = ?";
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setObject(1, receive ? e.getValue().get(1) : UUID.fromString(e.getKey()));
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        counts.put(e.getKey(), rs.getLong(1));
                    }
                }
            }
        }
        return counts;
    }

    /** Every change the portal's feed recorded: one per applied action, so a duplicate would show. */
    private static long portalChanges(PortalHarness portal) throws Exception {
        try (Connection c = OldSchema.connect(portal.dir.resolve("portal")); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from portal_change")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Copies every table of the old schema from the live database, the columns both have; rows
     * the old migrations seeded (the sync feed and lease) give way to the live ones, and identity
     * columns continue after the copied values.
     */
    private static void copyInto(Connection from, Connection to) throws Exception {
        try (Statement st = to.createStatement()) {
            st.execute("SET REFERENTIAL_INTEGRITY FALSE");
        }
        for (String name : tables(to)) {
            String table = name;
            Set<String> columns = columns(to, name);
            columns.retainAll(columns(from, name));
            String list = String.join(", ", columns.stream().map(PreviousReleaseUpgradeTest::quoted).toList());
            table = quoted(table);
            try (Statement st = to.createStatement()) {
                st.executeUpdate("delete from " + table);
            }
            String marks = String.join(", ", columns.stream().map(x -> "?").toList());
            try (Statement read = from.createStatement(); ResultSet rs = read.executeQuery("select " + list + " from " + table);
                 PreparedStatement write = to.prepareStatement("insert into " + table + " (" + list + ") values (" + marks + ")")) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        write.setObject(i, rs.getObject(i));
                    }
                    write.executeUpdate();
                }
            }
            for (String column : identities(to, name)) {
                String identity = quoted(column);
                try (Statement st = to.createStatement()) {
                    st.execute("alter table " + table + " alter column " + identity + " restart with "
                            + "(select coalesce(max(" + identity + "), 0) + 1 from " + table + ")");
                }
            }
        }
        try (Statement st = to.createStatement()) {
            st.execute("SET REFERENTIAL_INTEGRITY TRUE");
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier + "\"";
    }

    private static List<String> tables(Connection c) throws Exception {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select table_name from information_schema.tables"
                + " where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history' order by table_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static Set<String> columns(Connection c, String table) throws Exception {
        return new LinkedHashSet<>(firstColumn(c, "select column_name from information_schema.columns"
                + " where table_schema = 'PUBLIC' and table_name = ? order by ordinal_position", table));
    }

    private static List<String> identities(Connection c, String table) throws Exception {
        return firstColumn(c, "select column_name from information_schema.columns"
                + " where table_schema = 'PUBLIC' and table_name = ? and is_identity = 'YES'", table);
    }

    /** The first column of every row {@code sql} returns for the one parameter {@code table}. */
    private static List<String> firstColumn(Connection c, String sql, String table) throws Exception {
        List<String> names = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }

    /** The rows of {@code sql} keyed by their first column (as text), the other columns in order. */
    private static Map<String, List<Object>> rows(Connection c, String sql) throws Exception {
        Map<String, List<Object>> rows = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    values.add(rs.getObject(i));
                }
                rows.put(String.valueOf(values.get(0)), values);
            }
        }
        return rows;
    }
}
