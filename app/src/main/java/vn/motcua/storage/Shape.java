package vn.motcua.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A table as one database spells it: its name and its columns, sorted by lower-case name so that
 * H2 (upper case) and PostgreSQL (lower case) list them in the same order. Names are quoted in the
 * SQL it writes, since some columns ({@code year}, {@code text}, {@code value}) are keywords.
 */
record Shape(String table, List<String> columns) {
    static Shape of(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select column_name from information_schema.columns"
                + " where lower(table_schema) = 'public' and table_name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.add(rs.getString(1));
                }
            }
        }
        columns.sort(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
        return new Shape(table, List.copyOf(columns));
    }

    /** The column names in lower case: equal on both sides when the schemas agree. */
    List<String> names() {
        return columns.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
    }

    String quotedTable() {
        return quote(table);
    }

    String quotedColumns() {
        return columns.stream().map(Shape::quote).collect(Collectors.joining(", "));
    }

    /** Every row, the columns in the shared order. */
    String select() {
        return "select " + quotedColumns() + " from " + quotedTable();
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
