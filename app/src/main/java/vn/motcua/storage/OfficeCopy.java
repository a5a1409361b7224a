package vn.motcua.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import vn.motcua.common.UserFacingException;

/**
 * Copies every row of an office's H2 database into a PostgreSQL database migrated to the same
 * schema, in one server transaction (a failure leaves the server as it was), then proves the copy
 * table by table with {@link TableDigest}. Works on the tables the migrations made, not on the
 * mapped entities, so nothing the desk stores is left behind (outbox, feed cursor, counters,
 * audit trail, report facts).
 */
final class OfficeCopy {
    /**
     * The tables whose rows the migrations themselves insert (V14 the feed cursor and the runner
     * lease, V18 the catalogue notice): a fresh server database holds them, and the office's own
     * rows replace them.
     */
    static final Set<String> SEEDED = Set.of("sync_feed", "sync_lease", "sync_catalog");
    /**
     * The tables the server's own triggers fill while the copy writes other tables (V25: the
     * dossier table keeps the Decision 766 day counts): copied last, over what the triggers made,
     * so they hold the office's rows exactly.
     */
    static final Set<String> DERIVED = Set.of("index766_day");
    private static final int BATCH = 500;

    /** One table as copied and verified. */
    record Copied(String table, long rows, String digest) {
    }

    /** What the copy reports while it runs: the table it starts, its place and how many rows it holds. */
    interface Progress {
        void table(String table, int number, int of, long rows);
    }

    private final DataSource from;
    private final DataSource to;
    private final String target;

    /** @param target the server database as the user knows it (for messages) */
    OfficeCopy(DataSource from, DataSource to, String target) {
        this.from = from;
        this.to = to;
        this.target = target;
    }

    List<Copied> run(Progress progress) {
        try (Connection source = from.getConnection(); Connection server = to.getConnection()) {
            source.setReadOnly(true);
            source.setAutoCommit(false);
            source.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            Map<String, String> here = tables(source);
            Map<String, String> there = tables(server);
            if (!here.keySet().equals(there.keySet())) {
                throw new UserFacingException("db.migrate.schemaDiffers", target, String.join(", ", difference(here.keySet(), there.keySet())));
            }
            List<String> tables = new ArrayList<>(new TreeSet<>(here.keySet()));
            Map<String, Shape> read = new HashMap<>();
            Map<String, Shape> write = new HashMap<>();
            for (String t : tables) {
                Shape from = Shape.of(source, here.get(t));
                Shape to = Shape.of(server, there.get(t));
                if (!from.names().equals(to.names())) {
                    throw new UserFacingException("db.migrate.schemaDiffers", target, t);
                }
                read.put(t, from);
                write.put(t, to);
            }
            refuseUsedServer(server, tables, write);
            List<String> order = new ArrayList<>(parentsFirst(server, tables));
            order.sort(java.util.Comparator.comparing(DERIVED::contains)); // stable: the rest keep their order
            copy(source, server, order, read, write, progress);
            source.commit();
            return verify(source, server, order, read, write);
        } catch (SQLException e) {
            throw new UserFacingException(e, "db.migrate.failed", target, e.getMessage());
        }
    }

    /** Refuses a server database that holds anything beyond what its migrations put there: it belongs to an office already. */
    private void refuseUsedServer(Connection server, List<String> tables, Map<String, Shape> shapes) throws SQLException {
        for (String t : tables) {
            long rows = count(server, shapes.get(t));
            if (rows > 0 && !SEEDED.contains(t)) {
                throw new UserFacingException("db.migrate.serverNotEmpty", target, t, String.valueOf(rows));
            }
        }
    }

    private void copy(Connection source, Connection server, List<String> order, Map<String, Shape> read, Map<String, Shape> write,
            Progress progress) throws SQLException {
        server.setAutoCommit(false);
        try {
            List<String> reversed = new ArrayList<>(order);
            Collections.reverse(reversed);
            try (Statement st = server.createStatement()) {
                for (String t : reversed) {
                    if (SEEDED.contains(t)) {
                        st.executeUpdate("delete from " + write.get(t).quotedTable());
                    }
                }
            }
            int number = 0;
            for (String t : order) {
                progress.table(t, ++number, order.size(), count(source, read.get(t)));
                if (DERIVED.contains(t)) {
                    try (Statement st = server.createStatement()) {
                        st.executeUpdate("delete from " + write.get(t).quotedTable());
                    }
                }
                copyTable(source, server, read.get(t), write.get(t));
            }
            restartIdentities(server);
            server.commit();
        } catch (SQLException | RuntimeException e) {
            server.rollback();
            throw e;
        } finally {
            server.setAutoCommit(true);
        }
    }

    private static void copyTable(Connection source, Connection server, Shape from, Shape to) throws SQLException {
        String marks = String.join(", ", Collections.nCopies(to.columns().size(), "?"));
        try (Statement read = source.createStatement();
             ResultSet rs = read.executeQuery(from.select());
             PreparedStatement write = server.prepareStatement("insert into " + to.quotedTable() + " (" + to.quotedColumns()
                     + ") values (" + marks + ")")) {
            int[] types = new int[from.columns().size()];
            for (int i = 0; i < types.length; i++) {
                types[i] = rs.getMetaData().getColumnType(i + 1);
            }
            int pending = 0;
            while (rs.next()) {
                for (int i = 0; i < types.length; i++) {
                    write.setObject(i + 1, value(rs, i + 1, types[i]));
                }
                write.addBatch();
                if (++pending == BATCH) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    /** A value as the PostgreSQL driver takes it: large objects as text or bytes, instants with their offset. */
    private static Object value(ResultSet rs, int column, int type) throws SQLException {
        return switch (type) {
            case Types.CLOB, Types.NCLOB -> rs.getString(column);
            case Types.BLOB -> rs.getBytes(column);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(column, OffsetDateTime.class);
            default -> rs.getObject(column);
        };
    }

    /**
     * Identity columns (outbox, audit, feed sequence numbers) carry the copied values; their
     * generators start after the highest so the next row does not collide.
     */
    private static void restartIdentities(Connection server) throws SQLException {
        List<String[]> identities = new ArrayList<>();
        try (Statement st = server.createStatement();
             ResultSet rs = st.executeQuery("select table_name, column_name from information_schema.columns"
                     + " where table_schema = current_schema() and is_identity = 'YES'")) {
            while (rs.next()) {
                identities.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        for (String[] id : identities) {
            long next;
            try (Statement st = server.createStatement();
                 ResultSet rs = st.executeQuery("select coalesce(max(" + id[1] + "), 0) + 1 from " + id[0])) {
                rs.next();
                next = rs.getLong(1);
            }
            try (Statement st = server.createStatement()) {
                st.execute("alter table " + id[0] + " alter column " + id[1] + " restart with " + next);
            }
        }
    }

    private List<Copied> verify(Connection source, Connection server, List<String> order, Map<String, Shape> read,
            Map<String, Shape> write) throws SQLException {
        List<Copied> copied = new ArrayList<>();
        for (String t : order) {
            TableDigest here = TableDigest.of(source, read.get(t).select());
            TableDigest there = TableDigest.of(server, write.get(t).select());
            if (!here.equals(there)) {
                throw new UserFacingException("db.migrate.verifyFailed", target, t, String.valueOf(here.rows()),
                        String.valueOf(there.rows()));
            }
            copied.add(new Copied(t, here.rows(), here.sum()));
        }
        source.commit();
        return copied;
    }

    /**
     * The office's tables by lower-case name, each with its name as the database spells it (H2
     * upper case, PostgreSQL lower case), without Flyway's history (each side keeps its own).
     */
    static Map<String, String> tables(Connection c) throws SQLException {
        Map<String, String> tables = new HashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select table_name from information_schema.tables"
                     + " where lower(table_schema) = 'public' and table_type in ('BASE TABLE', 'TABLE')")) {
            while (rs.next()) {
                String name = rs.getString(1);
                if (!name.toLowerCase(Locale.ROOT).endsWith("schema_history")) {
                    tables.put(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return tables;
    }

    /** The tables ordered so that every table comes after those its foreign keys point to. */
    private static List<String> parentsFirst(Connection server, List<String> tables) throws SQLException {
        Map<String, Set<String>> parents = new HashMap<>();
        try (Statement st = server.createStatement();
             ResultSet rs = st.executeQuery("select tc.table_name, ccu.table_name from information_schema.table_constraints tc"
                     + " join information_schema.constraint_column_usage ccu"
                     + " on tc.constraint_name = ccu.constraint_name and tc.table_schema = ccu.table_schema"
                     + " where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(rs.getString(2))) {
                    parents.computeIfAbsent(rs.getString(1), k -> new TreeSet<>()).add(rs.getString(2));
                }
            }
        }
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < tables.size()) {
            int before = placed.size();
            for (String t : tables) {
                if (!placed.contains(t) && placed.containsAll(parents.getOrDefault(t, Set.of()))) {
                    placed.add(t);
                }
            }
            if (placed.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + tables);
            }
        }
        return new ArrayList<>(placed);
    }

    private static long count(Connection c, Shape table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("select count(*) from " + table.quotedTable())) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<String> difference(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        all.removeIf(t -> a.contains(t) && b.contains(t));
        return new ArrayList<>(all);
    }
}
