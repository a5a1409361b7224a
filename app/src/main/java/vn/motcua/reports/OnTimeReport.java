package vn.motcua.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * On-time figures (số liệu giải quyết đúng hạn) for any period and breakdown, and the dossiers
 * behind any one number. Everything is counted by the database (grouped queries over indexes, see
 * {@link OnTimeSql}); no dossier is loaded. The caller's session and transaction are used.
 */
public final class OnTimeReport {
    /** The click-through's default page. */
    public static final int PAGE = 500;

    /** Keys in Vietnamese reading order (folded: "Đỗ" between "Dương" and "Hà"), the group without a key last. */
    static final Comparator<String> KEY_ORDER = Comparator.nullsLast(
            Comparator.comparing((String k) -> vn.motcua.common.Text.fold(k)).thenComparing(Comparator.naturalOrder()));

    private final Clock clock;

    public OnTimeReport(Clock clock) {
        this.clock = clock;
    }

    /** The figures of {@code period} per group of {@code by}, with the total. */
    public OnTimeTable figures(Session session, Period period, Breakdown by) {
        List<String> keys = by.column() == null ? List.of() : List.of(by.column());
        Instant asOf = OnTimeSql.asOf(period, clock.instant());
        Map<List<String>, OnTimeFigures> counted = counts(session, period, keys, asOf);
        List<FigureGroup> groups = new ArrayList<>();
        OnTimeFigures total = OnTimeFigures.ZERO;
        List<Map.Entry<List<String>, OnTimeFigures>> ordered = new ArrayList<>(counted.entrySet());
        ordered.sort(Map.Entry.comparingByKey(Comparator.comparing(k -> k.isEmpty() ? null : k.get(0), KEY_ORDER)));
        for (Map.Entry<List<String>, OnTimeFigures> e : ordered) {
            total = total.plus(e.getValue());
            if (by != Breakdown.NONE) {
                String key = e.getKey().get(0);
                groups.add(new FigureGroup(key, name(session, by, key, period), e.getValue()));
            }
        }
        if (by == Breakdown.NONE) {
            groups.add(new FigureGroup(null, null, total));
        }
        return new OnTimeTable(period, by, asOf, OnTimeSql.judgingDay(asOf), groups, total);
    }

    /** The first {@link #PAGE} dossier codes behind one number, and their count. */
    public CellDossiers dossiers(Session session, Period period, Cell cell) {
        return dossiers(session, period, cell, 0, PAGE);
    }

    /** A page of the dossier codes behind one number (code order), and their count. */
    public CellDossiers dossiers(Session session, Period period, Cell cell, int offset, int limit) {
        Instant asOf = OnTimeSql.asOf(period, clock.instant());
        if (!asOf.isAfter(period.start())) {
            return new CellDossiers(List.of(), 0);
        }
        Map<String, Object> values = OnTimeSql.parameters(period, asOf);
        StringBuilder union = new StringBuilder();
        String outcomes = cell.figure().outcomes().stream().map(o -> "'" + o.name() + "'").collect(Collectors.joining(", "));
        String keyFilter = "";
        if (cell.by() != Breakdown.NONE) {
            keyFilter = cell.key() == null ? " and " + cell.by().column() + " is null" : " and " + keyColumn(cell.by()) + " = :k";
            values.put("k", cell.key());
        }
        values.put("o", offset);
        values.put("l", limit);
        String filter = keyFilter;
        return session.doReturningWork(c -> {
            for (OnTimeSql.Part part : OnTimeSql.PARTS) {
                if (part.in(cell.figure().origin())) {
                    union.append(union.isEmpty() ? "" : " union all ").append("select d.code from ").append(part.from(OnTimeSql.h2(c)))
                            .append(" where ").append(part.where).append(filter).append(" and ").append(OnTimeSql.OUTCOME)
                            .append(" in (").append(outcomes).append(")");
                }
            }
            String page = "select c.code from (" + union + ") c order by c.code offset :o rows fetch next :l rows only";
            String count = "select count(*) from (" + union + ") c";
            List<String> codes = new ArrayList<>();
            try (PreparedStatement p = NamedSql.prepare(c, page, values); ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            try (PreparedStatement p = NamedSql.prepare(c, count, values); ResultSet rs = p.executeQuery()) {
                rs.next();
                return new CellDossiers(codes, rs.getLong(1));
            }
        });
    }

    /** Counts per group key tuple (the key columns' values as text, null kept), summed over the parts. */
    Map<List<String>, OnTimeFigures> counts(Session session, Period period, List<String> keys, Instant asOf) {
        if (!asOf.isAfter(period.start())) {
            return Map.of();
        }
        Map<String, Object> values = OnTimeSql.parameters(period, asOf);
        Map<List<String>, Map<Outcome, Long>> carried = new HashMap<>();
        Map<List<String>, Map<Outcome, Long>> fresh = new HashMap<>();
        session.doWork(c -> {
            for (OnTimeSql.Part part : OnTimeSql.PARTS) {
                read(c, OnTimeSql.grouped(part, keys, OnTimeSql.h2(c)), values, keys.size(), part.carried ? carried : fresh);
            }
        });
        Map<List<String>, OnTimeFigures> out = new LinkedHashMap<>();
        for (List<String> k : union(carried.keySet(), fresh.keySet())) {
            out.put(k, OnTimeFigures.of(carried.getOrDefault(k, Map.of()), fresh.getOrDefault(k, Map.of())));
        }
        return out;
    }

    private static void read(Connection c, String sql, Map<String, Object> values, int keys,
            Map<List<String>, Map<Outcome, Long>> into) throws SQLException {
        try (PreparedStatement p = NamedSql.prepare(c, sql, values); ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String[] k = new String[keys];
                for (int i = 0; i < keys; i++) {
                    k[i] = rs.getString(i + 1);
                }
                into.computeIfAbsent(Arrays.asList(k), x -> new EnumMap<>(Outcome.class))
                        .merge(Outcome.valueOf(rs.getString(keys + 1)), rs.getLong(keys + 2), Long::sum);
            }
        }
    }

    private static List<List<String>> union(java.util.Set<List<String>> a, java.util.Set<List<String>> b) {
        java.util.Set<List<String>> all = new java.util.LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    /** The channel is stored as a number; the key is its text. */
    private static String keyColumn(Breakdown by) {
        return by == Breakdown.CHANNEL ? "cast(d.channel as varchar(4))" : by.column();
    }

    /** A group's display name: the procedure's name as its dossiers carry it; the key itself, or null for a channel. */
    private static String name(Session session, Breakdown by, String key, Period period) {
        if (by == Breakdown.CHANNEL || key == null) {
            return null;
        }
        if (by != Breakdown.PROCEDURE) {
            return key;
        }
        return procedureName(session, key, period);
    }

    /** The name stored on a dossier of that procedure, looked up in the period's receipt range first (an index range). */
    static String procedureName(Session session, String code, Period period) {
        String inPeriod = "select d.procedure_name from dossier d where d.received_at >= :s and d.received_at < :e "
                + "and d.procedure_code = :c fetch first 1 row only";
        String any = "select d.procedure_name from dossier d where d.procedure_code = :c fetch first 1 row only";
        Map<String, Object> v = Map.of("s", period.start(), "e", period.end(), "c", code);
        return session.doReturningWork(c -> {
            for (String sql : List.of(inPeriod, any)) {
                try (PreparedStatement p = NamedSql.prepare(c, sql, v); ResultSet rs = p.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            return code;
        });
    }
}
