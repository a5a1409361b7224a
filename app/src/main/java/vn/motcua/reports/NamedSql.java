package vn.motcua.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** SQL with {@code :name} parameters turned into a JDBC statement (a name may appear many times). */
final class NamedSql {
    private static final Pattern PARAM = Pattern.compile(":([a-z][a-zA-Z0-9]*)");

    private NamedSql() {
    }

    static PreparedStatement prepare(Connection c, String sql, Map<String, ?> values) throws SQLException {
        List<String> order = new ArrayList<>();
        Matcher m = PARAM.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            order.add(m.group(1));
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement p = c.prepareStatement(jdbc.toString());
        for (int i = 0; i < order.size(); i++) {
            if (!values.containsKey(order.get(i))) {
                throw new IllegalArgumentException("no value for :" + order.get(i));
            }
            Object v = values.get(order.get(i));
            p.setObject(i + 1, v instanceof Instant t ? OffsetDateTime.ofInstant(t, ZoneOffset.UTC) : v);
        }
        return p;
    }
}
