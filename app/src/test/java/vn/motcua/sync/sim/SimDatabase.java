package vn.motcua.sync.sim;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.AppContext;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/**
 * One real desk database (H2 file, all migrations, an initialized office) reused by every run
 * of the simulation: after the office is set up its tables are copied aside once, and each run
 * starts by truncating every table and copying the baseline back — milliseconds instead of the
 * second a fresh database costs.
 */
final class SimDatabase implements AutoCloseable {
    final TestClock clock;
    final AppContext context;
    private final List<String> tables = new ArrayList<>();

    SimDatabase(Path dir, TestClock clock) {
        this.clock = clock;
        this.context = TestOffice.initialized(dir, clock);
        context.catalog().current(); // the shipped catalogue is in the baseline
        try (Connection c = context.database().dataSource().getConnection(); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("select table_name from information_schema.tables where table_schema = 'PUBLIC'"
                    + " and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    if (!rs.getString(1).equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(rs.getString(1));
                    }
                }
            }
            st.execute("create schema simbase");
            for (String t : tables) {
                st.execute("create table simbase.\"" + t + "\" as select * from public.\"" + t + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void reset() {
        try (Connection c = context.database().dataSource().getConnection(); Statement st = c.createStatement()) {
            st.execute("set referential_integrity false");
            for (String t : tables) {
                st.execute("truncate table public.\"" + t + "\"");
                st.execute("insert into public.\"" + t + "\" select * from simbase.\"" + t + "\"");
            }
            st.execute("set referential_integrity true");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
