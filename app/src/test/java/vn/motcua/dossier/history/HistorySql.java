package vn.motcua.dossier.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.motcua.AppContext;

/** Plain SQL counts straight from the database, independent of the code under test. */
final class HistorySql {
    private HistorySql() {
    }

    static long count(AppContext context, String sql) {
        try (Connection c = context.database().dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
