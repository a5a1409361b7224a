package vn.motcua.reports.index766;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.h2.api.Trigger;

/**
 * H2 row trigger on {@code dossier} (migration V25) that keeps {@code index766_day} in step, in
 * the writer's own transaction: the old row's counts ({@link DayRollup#add}) are taken away and
 * the new row's added, so every writer — services, history import, sync, a hand-made UPDATE —
 * moves them. The class name is stored in every H2 office's schema: renaming it needs a migration.
 */
public final class DayRollupTrigger implements Trigger {
    private static final String ADD = "update index766_day set "
            + DayRollup.COUNTS.stream().map(c -> c + " = " + c + " + ?").collect(Collectors.joining(", "))
            + " where on_day = ? and procedure_code = ?";
    private static final String INSERT = "insert into index766_day (on_day, procedure_code, " + String.join(", ", DayRollup.COUNTS)
            + ") values (?, ?" + ", ?".repeat(DayRollup.COUNTS.size()) + ")";
    /** H2's SQL state for a duplicate key: another transaction made the day's row first. */
    private static final String DUPLICATE_KEY = "23505";

    private int receivedAt;
    private int finishedAt;
    private int status;
    private int channel;
    private int procedureCode;
    private int facts;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type)
            throws SQLException {
        Map<String, Integer> at = new HashMap<>();
        try (PreparedStatement q = conn.prepareStatement("select column_name, ordinal_position from information_schema.columns"
                + " where table_schema = ? and table_name = ?")) {
            q.setString(1, schemaName);
            q.setString(2, tableName);
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    at.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getInt(2) - 1);
                }
            }
        }
        receivedAt = at.get("received_at");
        finishedAt = at.get("finished_at");
        status = at.get("status");
        channel = at.get("channel");
        procedureCode = at.get("procedure_code");
        facts = at.get("idx_facts");
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        Map<DayRollup.Key, long[]> delta = new HashMap<>();
        if (oldRow != null) {
            add(delta, oldRow, -1);
        }
        if (newRow != null) {
            add(delta, newRow, 1);
        }
        for (Map.Entry<DayRollup.Key, long[]> e : delta.entrySet()) {
            if (java.util.Arrays.stream(e.getValue()).anyMatch(n -> n != 0)) {
                apply(conn, e.getKey(), e.getValue());
            }
        }
    }

    private void add(Map<DayRollup.Key, long[]> delta, Object[] row, int sign) {
        DayRollup.add(delta, instant(row[receivedAt]), instant(row[finishedAt]), ((Number) row[status]).intValue(),
                ((Number) row[channel]).intValue(), (String) row[procedureCode], ((Number) row[facts]).intValue(), sign);
    }

    private static void apply(Connection conn, DayRollup.Key key, long[] counts) throws SQLException {
        if (update(conn, key, counts) > 0) {
            return;
        }
        try (PreparedStatement insert = conn.prepareStatement(INSERT)) {
            insert.setObject(1, key.day());
            insert.setString(2, key.procedureCode());
            for (int i = 0; i < counts.length; i++) {
                insert.setLong(3 + i, counts[i]);
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!DUPLICATE_KEY.equals(e.getSQLState()) || update(conn, key, counts) == 0) {
                throw e;
            }
        }
    }

    private static int update(Connection conn, DayRollup.Key key, long[] counts) throws SQLException {
        try (PreparedStatement add = conn.prepareStatement(ADD)) {
            for (int i = 0; i < counts.length; i++) {
                add.setLong(1 + i, counts[i]);
            }
            add.setObject(counts.length + 1, key.day());
            add.setString(counts.length + 2, key.procedureCode());
            return add.executeUpdate();
        }
    }

    /** A timestamp with time zone as H2 hands it to a trigger (OffsetDateTime), or null. */
    private static Instant instant(Object value) {
        return value == null ? null : value instanceof OffsetDateTime t ? t.toInstant() : (Instant) value;
    }
}
