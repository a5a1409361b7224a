package vn.motcua.reports.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import vn.motcua.reports.CellDossiers;

/**
 * The open dossiers by due day, as ranges of {@code ix_dossier_open_due (open_due_at, code)}:
 * {@code open_due_at} holds the due instant only while the clock runs (accepted, in process,
 * waiting for the fee), so a dossier waiting for a supplement is never at risk — it counts as in
 * time, as in the on-time figures. The verdict rule is the desk's one: by date, Vietnam time. A
 * dossier due before today's 00:00 is overdue (the figures' "open overdue"); one due today is
 * still in time. The lower bound keeps the range off the index's nulls (every closed dossier).
 */
final class OpenDue {
    enum Range { OVERDUE, DUE_THIS_WEEK, AT_RISK }

    private static final String LINE = "select d.code, d.applicant_name, d.procedure_name, d.due_at, d.handler_name, "
            + "case when d.open_due_at >= :tmin and d.open_due_at < :t0 then 1 else 0 end from dossier d";

    private final Instant todayStart;
    private final Instant weekEnd;

    OpenDue(LocalDate today, WorkingWeek week) {
        this.todayStart = Dashboard.startOf(today);
        this.weekEnd = Dashboard.startOf(week.last().plusDays(1));
    }

    private static String where(Range r) {
        return switch (r) {
            case OVERDUE -> " where d.open_due_at >= :tmin and d.open_due_at < :t0";
            case DUE_THIS_WEEK -> " where d.open_due_at >= :t0 and d.open_due_at < :t1";
            case AT_RISK -> " where d.open_due_at >= :tmin and d.open_due_at < :t1";
        };
    }

    long count(Session s, Range r) {
        String sql = "select count(*) from dossier d" + where(r);
        return ((Number) bind(s.createNativeQuery(sql, Object.class), sql).getSingleResult()).longValue();
    }

    CellDossiers codes(Session s, Range r, int offset, int limit) {
        String sql = "select d.code from dossier d" + where(r) + " order by d.open_due_at, d.code";
        List<String> codes = bind(s.createNativeQuery(sql, String.class), sql).setFirstResult(offset).setMaxResults(limit)
                .getResultList();
        return new CellDossiers(codes, count(s, r));
    }

    List<AtRisk.Line> lines(Session s, Range r, int limit) {
        String sql = LINE + where(r) + " order by d.open_due_at, d.code";
        return bind(s.createNativeQuery(sql, Object[].class), sql).setMaxResults(limit).getResultList().stream()
                .map(OpenDue::line).toList();
    }

    /** Lines of the given codes (by the unique code index), in the order given. */
    List<AtRisk.Line> describe(Session s, List<String> codes) {
        Map<String, AtRisk.Line> found = new HashMap<>();
        for (int i = 0; i < codes.size(); i += 500) {
            String sql = LINE + " where d.code in (:codes)";
            NativeQuery<Object[]> q = bind(s.createNativeQuery(sql, Object[].class), sql);
            q.setParameterList("codes", codes.subList(i, Math.min(codes.size(), i + 500)));
            q.getResultList().stream().map(OpenDue::line).forEach(l -> found.put(l.code(), l));
        }
        List<AtRisk.Line> out = new ArrayList<>(codes.size());
        codes.stream().map(found::get).filter(l -> l != null).forEach(out::add);
        return out;
    }

    private <T> NativeQuery<T> bind(NativeQuery<T> q, String sql) {
        if (sql.contains(":tmin")) {
            q.setParameter("tmin", Instant.EPOCH);
        }
        if (sql.contains(":t0")) {
            q.setParameter("t0", todayStart);
        }
        if (sql.contains(":t1")) {
            q.setParameter("t1", weekEnd);
        }
        return q;
    }

    private static AtRisk.Line line(Object[] r) {
        return new AtRisk.Line((String) r[0], (String) r[1], (String) r[2], instant(r[3]), (String) r[4], ((Number) r[5]).intValue() == 1);
    }

    private static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (v instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not an instant: " + v.getClass());
    }
}
