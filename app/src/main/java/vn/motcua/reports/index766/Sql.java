package vn.motcua.reports.index766;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/** Runs the index's aggregate SQL, binding only the named parameters a statement uses. */
final class Sql {
    private Sql() {
    }

    static Object[] row(Session s, String sql, Map<String, Object> params) {
        return bind(s.createNativeQuery(sql, Object[].class), sql, params).getSingleResult();
    }

    static long count(Session s, String sql, Map<String, Object> params) {
        return number(bind(s.createNativeQuery(sql, Object.class), sql, params).getSingleResult());
    }

    /** The first {@code limit} values of the statement's single text column. */
    static List<String> codes(Session s, String sql, Map<String, Object> params, int limit) {
        return bind(s.createNativeQuery(sql, String.class), sql, params).setMaxResults(limit).getResultList();
    }

    /** True on H2, whose index hints name the covering index of a population's range (PostgreSQL plans its own). */
    static boolean h2(Session s) {
        return s.doReturningWork(c -> "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName()));
    }

    /** A COUNT or SUM as a long; SUM over no row is null, which counts as 0. */
    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static <T> NativeQuery<T> bind(NativeQuery<T> q, String sql, Map<String, Object> params) {
        params.forEach((name, value) -> {
            if (Pattern.compile(":" + name + "\\b").matcher(sql).find()) {
                q.setParameter(name, value);
            }
        });
        return q;
    }
}
