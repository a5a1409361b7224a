package vn.motcua.dossier;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.query.NativeQuery;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Text;
import vn.motcua.sync.SyncState;
import vn.motcua.sync.SyncStates;
import vn.motcua.workcalendar.CalendarService;

/**
 * The dossier list's questions, answered by the database: the tabs are index ranges over
 * {@code open_due_at} (the due instant of dossiers whose clock runs), the folded name search a
 * range over {@code dossier_name_key}, sorting and paging in SQL. Only the page's rows come
 * into memory; their remaining working time and sync state are computed for them alone.
 */
public final class DossierQuery {
    /** Working days after today that the "due soon" tab covers. */
    public static final int DUE_SOON_DAYS = 2;
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{9}|\\d{12}");
    private static final String COLUMNS = "d.id, d.code, d.applicant_name, d.procedure_name, d.received_at, d.due_at, d.status, "
            + "d.handler_name, d.open_due_at, d.status_changed_at";

    /**
     * Name keys above which a name search is "broad" ("hong": one dossier in fourteen): its
     * dossiers are then read in the list's order and kept if they have a matching key, instead
     * of fetched by key and sorted (HistoryBench, a million dossiers).
     */
    static final int BROAD_SEARCH = 2_000;

    private final SessionFactory db;
    private final CalendarService calendar;
    private final Clock clock;
    private final int broadSearch;
    private final vn.motcua.security.AuditTrail audit;

    public DossierQuery(SessionFactory db, CalendarService calendar, Clock clock) {
        this(db, calendar, clock, BROAD_SEARCH);
    }

    /** With the audit trail that {@link #open} and {@link #export} write to. */
    public DossierQuery(SessionFactory db, CalendarService calendar, vn.motcua.security.AuditTrail audit, Clock clock) {
        this(db, calendar, clock, BROAD_SEARCH, audit);
    }

    /** With another threshold for a broad name search (tests run both plans on a small office). */
    DossierQuery(SessionFactory db, CalendarService calendar, Clock clock, int broadSearch) {
        this(db, calendar, clock, broadSearch, null);
    }

    private DossierQuery(SessionFactory db, CalendarService calendar, Clock clock, int broadSearch,
            vn.motcua.security.AuditTrail audit) {
        this.audit = audit;
        this.db = db;
        this.calendar = calendar;
        this.clock = clock;
        this.broadSearch = broadSearch;
    }

    public DossierPage page(DossierFilter filter, int offset, int limit) {
        return page(filter, offset, limit, null);
    }

    /**
     * Open dossiers whose clock runs and that are due from today through the {@code workingDays}-th
     * working day after today (what {@code dossier list --due-within N} asks), within the filter.
     */
    public DossierPage dueWithin(int workingDays, DossierFilter filter, int offset, int limit) {
        if (workingDays < 0) {
            throw new vn.motcua.common.UserFacingException("dossier.list.badDueWithin", workingDays);
        }
        return page(filter.withTab(DossierFilter.Tab.ALL), offset, limit, workingDays);
    }

    private DossierPage page(DossierFilter filter, int offset, int limit, Integer dueWithin) {
        if (offset < 0 || limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        Window w = window();
        return db.fromTransaction(s -> page(s, w, filter, offset, limit, dueWithin));
    }

    private DossierPage page(Session s, Window w, DossierFilter filter, int offset, int limit, Integer dueWithin) {
        Sql sql = where(filter, w);
        if (dueWithin != null) {
            sql.and("d.open_due_at >= :w0 and d.open_due_at < :w1");
            sql.params.put("w0", w.todayStart());
            sql.params.put("w1", start(calendar.inForce().addWorkingDays(WorkCalendar.toLocal(w.now()).toLocalDate(), dueWithin)
                    .plusDays(1)));
        }
        nameSearch(s, sql); // last: it needs to know whether other conditions filter too
        NativeQuery<Object[]> q = s.createNativeQuery("select " + COLUMNS + sql.from
                + sql.where + " order by " + (dueWithin != null && filter.sort() == null ? "d.open_due_at, d.code" : order(filter)), Object[].class);
        sql.bind(q);
        List<Object[]> raw = q.setFirstResult(offset).setMaxResults(limit).getResultList();
        long total = count(s, sql);
        List<UUID> ids = raw.stream().map(r -> uuid(r[0])).toList();
        Map<UUID, SyncState> sync = SyncStates.of(s, ids);
        WorkCalendar rules = calendar.inForce();
        List<DossierRow> rows = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            rows.add(row(r, w, rules, sync));
        }
        return new DossierPage(rows, total, offset, limit);
    }

    /** The whole story of one dossier, or a sentence naming the code that was not found. */
    public DossierStory story(String code) {
        return db.fromTransaction(s -> story(s, code));
    }

    /**
     * A person opens the dossier (its detail and timeline on the desk, {@code dossier show}): its
     * whole story, and a {@code DOSSIER_VIEW} audit entry in the same transaction. Called once
     * per opening, never per repaint (the personal data law asks who saw whose data).
     */
    public DossierStory open(vn.motcua.security.Actor actor, String code) {
        return db.fromTransaction(s -> {
            DossierStory story = story(s, code);
            requireAudit().record(s, actor, "DOSSIER_VIEW", "dossier", story.dossier().id(), story.dossier().code());
            return story;
        });
    }

    /**
     * The page a person takes out of the desk as data ({@code dossier list --json}): as
     * {@link #page}/{@link #dueWithin}, with a {@code DOSSIER_EXPORT} entry naming the filter (ID
     * numbers in the search masked) and how many rows left.
     */
    public DossierPage export(vn.motcua.security.Actor actor, DossierFilter filter, Integer dueWithin, int offset, int limit) {
        if (dueWithin != null && dueWithin < 0) {
            throw new vn.motcua.common.UserFacingException("dossier.list.badDueWithin", dueWithin);
        }
        if (offset < 0 || limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        DossierFilter f = dueWithin != null ? filter.withTab(DossierFilter.Tab.ALL) : filter;
        Window w = window();
        return db.fromTransaction(s -> {
            DossierPage page = page(s, w, f, offset, limit, dueWithin);
            String detail = "list tab=" + f.tab() + (f.status() == null ? "" : " status=" + f.status().code())
                    + (dueWithin == null ? "" : " dueWithin=" + dueWithin)
                    + (f.search() == null || f.search().isBlank() ? "" : " search=" + f.search().strip())
                    + " offset=" + offset + " rows=" + page.rows().size();
            requireAudit().record(s, actor, "DOSSIER_EXPORT", "dossier_list", null, detail);
            return page;
        });
    }

    private vn.motcua.security.AuditTrail requireAudit() {
        if (audit == null) {
            throw new IllegalStateException("this DossierQuery was built without an audit trail");
        }
        return audit;
    }

    DossierStory story(Session s, String code) {
        Dossier d = DossierRecords.byCode(s, Text.nfc(code))
                .orElseThrow(() -> new vn.motcua.common.UserFacingException("dossier.notFound", String.valueOf(code)));
        List<StatusEvent> events = s.createSelectionQuery("from StatusEvent e where e.dossierId = :d order by e.seq", StatusEvent.class)
                .setParameter("d", d.id()).getResultList();
        List<DossierExtension> extensions = s.createSelectionQuery(
                "from DossierExtension x where x.dossierId = :d order by x.at", DossierExtension.class)
                .setParameter("d", d.id()).getResultList();
        var ledger = java.util.Optional.ofNullable(s.find(LedgerRecord.class, d.id())).map(r -> r.toLedger(calendar.inForce()));
        var rating = java.util.Optional.ofNullable(s.find(DossierRating.class, d.id()));
        var history = s.createSelectionQuery("from OutboxEntry e where e.aggregateId = :a order by e.seq",
                vn.motcua.sync.OutboxEntry.class).setParameter("a", d.id()).getResultList();
        return new DossierStory(d, events, ProcessingService.steps(s, d.id()), ProcessingService.rounds(s, d.id()), extensions,
                ledger, rating, history, SyncStates.of(s, List.of(d.id())).get(d.id()));
    }

    /** The digital signatures put on the dossier's documents, oldest first. */
    public List<DossierSignature> signatures(UUID dossierId) {
        return db.fromTransaction(s -> s.createSelectionQuery("from DossierSignature g where g.dossierId = :d order by g.signedAt",
                DossierSignature.class).setParameter("d", dossierId).getResultList());
    }

    /** How many dossiers each tab holds with this search (the tab badges); one index range each. */
    public Map<DossierFilter.Tab, Long> counts(String search) {
        Window w = window();
        return db.fromTransaction(s -> {
            Map<DossierFilter.Tab, Long> counts = new EnumMap<>(DossierFilter.Tab.class);
            List<UUID> narrow = null;
            boolean matched = false;
            for (DossierFilter.Tab tab : DossierFilter.Tab.values()) {
                Sql sql = where(new DossierFilter(tab, search, null, null, null, false), w);
                if (sql.nameKey != null && !matched) { // one look at the keys for the five badges
                    narrow = nameMatch(s, sql.nameKey);
                    matched = true;
                }
                nameSearch(sql, narrow);
                counts.put(tab, count(s, sql));
            }
            return counts;
        });
    }

    private static long count(Session s, Sql sql) {
        NativeQuery<Long> q;
        if (sql.keysOnly) {
            // the name search alone: counted on the key index, never reading a dossier row
            q = s.createNativeQuery("select count(*) from (select k.dossier_id from dossier_name_key k where k.name_key like "
                    + literal(sql.nameKey) + " group by k.dossier_id) m", Long.class);
        } else {
            q = s.createNativeQuery("select count(*)" + sql.from + sql.where, Long.class);
            sql.bind(q);
        }
        return q.getSingleResult().longValue();
    }

    /**
     * Adds the folded name search to {@code sql} in the cheaper of two forms. A narrow search (at
     * most {@link #broadSearch} matching keys, found on the key index without reading more) first
     * reads the matching dossier ids from the key table, then asks for those ids as a list of
     * values: H2 answers {@code id in (<values>)} with primary-key lookups, while for
     * {@code id in (<subquery>)} it took over a second on 100,000 dossiers (HistoryBench, "thi
     * hong"). A broad one ("hong") reads the dossiers in the list's order through its index and
     * keeps those with a matching key, so the first page costs a few hundred key lookups instead
     * of sorting tens of thousands of wide rows. Either form is a semi-join: a dossier that
     * matches by two keys is listed once.
     */
    private void nameSearch(Session s, Sql sql) {
        nameSearch(sql, sql.nameKey == null ? null : nameMatch(s, sql.nameKey));
    }

    /** The matching dossier ids of a narrow search, or null for a broad one (see {@link #nameSearch}). */
    private List<UUID> nameMatch(Session s, String nameKey) {
        String key = literal(nameKey);
        NativeQuery<Long> probe = s.createNativeQuery("select count(*) from (select 1 from dossier_name_key k where k.name_key like "
                + key + " fetch first " + (broadSearch + 1) + " rows only) p", Long.class);
        if (probe.getSingleResult() > broadSearch) {
            return null;
        }
        return s.createNativeQuery("select distinct k.dossier_id from dossier_name_key k where k.name_key like " + key, Object.class)
                .getResultList().stream().map(DossierQuery::uuid).toList();
    }

    private static void nameSearch(Sql sql, List<UUID> narrow) {
        if (sql.nameKey == null) {
            return;
        }
        if (narrow == null) {
            sql.and("exists (select 1 from dossier_name_key k where k.dossier_id = d.id and k.name_key like " + literal(sql.nameKey) + ")");
        } else if (narrow.isEmpty()) {
            sql.and("1 = 0");
        } else {
            sql.and("d.id in (:nameIds)");
            sql.params.put("nameIds", narrow);
        }
        sql.keysOnly = sql.conditions == 1;
    }

    // ---- filter → SQL ----

    /** Today's boundaries in Vietnam time, computed once per question. */
    private record Window(Instant now, Instant todayStart, Instant tomorrowStart, Instant soonEnd) {
    }

    private Window window() {
        Instant now = clock.instant();
        LocalDate today = WorkCalendar.toLocal(now).toLocalDate();
        WorkCalendar rules = calendar.inForce();
        LocalDate lastSoon = rules.addWorkingDays(today, DUE_SOON_DAYS);
        return new Window(now, start(today), start(today.plusDays(1)), start(lastSoon.plusDays(1)));
    }

    private static Instant start(LocalDate day) {
        return WorkCalendar.toInstant(day.atStartOfDay());
    }

    private static final class Sql {
        String from = " from dossier d";
        StringBuilder where = new StringBuilder(" where 1 = 1");
        /** The LIKE pattern of a folded name search, or null. */
        String nameKey;
        /** Only the name search filters: the count can be read from the key index alone. */
        boolean keysOnly;
        final Map<String, Object> params = new java.util.LinkedHashMap<>();

        int conditions;

        void and(String condition) {
            conditions++;
            where.append(" and ").append(condition);
        }

        void bind(NativeQuery<?> q) {
            params.forEach((name, value) -> {
                if (value instanceof java.util.Collection<?> list) {
                    q.setParameterList(name, list);
                } else {
                    q.setParameter(name, value);
                }
            });
        }
    }

    private static Sql where(DossierFilter f, Window w) {
        Sql sql = new Sql();
        switch (f.tab()) {
            case TODAY -> {
                sql.and("d.open_due_at >= :t0 and d.open_due_at < :t1");
                sql.params.put("t0", w.todayStart());
                sql.params.put("t1", w.tomorrowStart());
            }
            case DUE_SOON -> {
                sql.and("d.open_due_at >= :t1 and d.open_due_at < :t2");
                sql.params.put("t1", w.tomorrowStart());
                sql.params.put("t2", w.soonEnd());
            }
            case OVERDUE -> {
                // a lower bound too: the index keeps its nulls (every closed dossier) first, and a
                // bare "< t0" range started there, reading a million entries to find 15,000
                sql.and("d.open_due_at >= :tmin and d.open_due_at < :t0");
                sql.params.put("tmin", Instant.EPOCH);
                sql.params.put("t0", w.todayStart());
            }
            case WAITING -> sql.and("d.status = " + DossierStatus.SUPPLEMENT_REQUESTED.code());
            case ALL -> {
            }
        }
        if (f.status() != null) {
            sql.and("d.status = :status");
            sql.params.put("status", f.status().code());
        }
        String procedure = Text.nfcOrNull(f.procedureCode());
        if (procedure != null) {
            sql.and("d.procedure_code = :procedure");
            sql.params.put("procedure", procedure);
        }
        search(sql, Text.nfcOrNull(f.search()));
        return sql;
    }

    /**
     * A 9- or 12-digit number is an ID number; text with a digit is (part of) a dossier code; any
     * other text is the start of the applicant's name or of one of its later words, without marks.
     */
    private static void search(Sql sql, String text) {
        if (text == null) {
            return;
        }
        if (ID_NUMBER.matcher(text).matches()) {
            sql.and("(d.applicant_id_number = :q or d.code like :qsuffix)");
            sql.params.put("q", text);
            sql.params.put("qsuffix", "%-" + text);
            return;
        }
        if (text.chars().anyMatch(Character::isDigit)) {
            // any part of the code ("261208-0001", "0361"): a scan of the code column, fine for a desk's years
            sql.and("d.code like :qpart");
            sql.params.put("qpart", "%" + like(text) + "%");
            return;
        }
        List<String> words = NameKeys.words(text);
        if (words.isEmpty()) {
            return;
        }
        String key = String.join(" ", words);
        // the condition itself is added by nameSearch, which picks its form by the number of matching keys
        sql.nameKey = like(key.length() > NameKeys.MAX ? key.substring(0, NameKeys.MAX) : key) + "%";
    }

    /**
     * The name-key pattern as an SQL literal. H2 plans a subquery's {@code like ?} without knowing
     * the prefix and then reads every key (seconds at a million dossiers); a literal gives it the
     * index range. Safe: folded words are letters and digits only (checked).
     */
    private static String literal(String pattern) {
        if (!pattern.matches("[\\p{L}\\p{N} ]*%")) {
            throw new IllegalStateException("not a folded name pattern: " + pattern);
        }
        return "'" + pattern + "'";
    }

    private static String like(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String order(DossierFilter f) {
        String dir = f.descending() ? " desc" : " asc";
        if (f.sort() != null) {
            String column = switch (f.sort()) {
                case CODE -> "d.code";
                case APPLICANT -> "d.applicant_name";
                case PROCEDURE -> "d.procedure_name";
                case RECEIVED -> "d.received_at";
                case DUE -> "d.due_at";
                case STATUS -> "d.status";
            };
            return column + dir + ", d.code";
        }
        return switch (f.tab()) {
            case TODAY, DUE_SOON, OVERDUE -> "d.open_due_at, d.code";
            case WAITING -> "d.status_changed_at, d.code";
            case ALL -> "d.received_at desc, d.code";
        };
    }

    // ---- rows ----

    private static DossierRow row(Object[] r, Window w, WorkCalendar rules, Map<UUID, SyncState> sync) {
        UUID id = uuid(r[0]);
        Instant due = instant(r[5]);
        Instant openDue = instant(r[8]);
        DossierStatus status = DossierStatus.of(((Number) r[6]).intValue());
        DeadlineState state;
        Duration remaining = null;
        if (status == DossierStatus.SUPPLEMENT_REQUESTED) {
            state = DeadlineState.PAUSED;
        } else if (status == DossierStatus.SUBMITTED_ONLINE) {
            state = DeadlineState.NOT_STARTED;
        } else if (openDue == null) {
            state = status.clockRuns() ? DeadlineState.NO_DEADLINE : DeadlineState.CLOSED;
        } else {
            remaining = remaining(rules, openDue, w.now());
            state = openDue.isBefore(w.todayStart()) ? DeadlineState.OVERDUE
                    : openDue.isBefore(w.tomorrowStart()) ? DeadlineState.DUE_TODAY
                    : openDue.isBefore(w.soonEnd()) ? DeadlineState.DUE_SOON : DeadlineState.IN_TIME;
        }
        return new DossierRow(id, (String) r[1], (String) r[2], (String) r[3], instant(r[4]), due, status, remaining, state,
                sync.getOrDefault(id, SyncState.SYNCED), (String) r[7]);
    }

    /** Working time left from {@code now} to {@code due}: negative once the due instant has passed. */
    public static Duration remaining(WorkCalendar rules, Instant due, Instant now) {
        LocalDateTime d = WorkCalendar.toLocal(due);
        LocalDateTime n = WorkCalendar.toLocal(now);
        return due.isBefore(now) ? rules.workingTimeBetween(d, n).negated() : rules.workingTimeBetween(n, d);
    }

    /** H2 gives a native query's uuid column as 16 bytes, PostgreSQL as a UUID. */
    static UUID uuid(Object o) {
        if (o instanceof UUID u) {
            return u;
        }
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap((byte[]) o);
        return new UUID(b.getLong(), b.getLong());
    }

    static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        throw new IllegalStateException("Not a time: " + o.getClass());
    }
}
