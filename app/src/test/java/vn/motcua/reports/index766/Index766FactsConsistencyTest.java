package vn.motcua.reports.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.index766.Index766TimelinessTest.at;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.Session;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestDatabase;

/**
 * The maintained facts ({@code dossier.idx_facts}), the per-day counts ({@code index766_day},
 * V25: the H2 Java trigger, PostgreSQL's plpgsql one) and the sync complement never drift from
 * the definitions: a seeded walk receives dossiers (also just after midnight, Vietnam time, and
 * across the period's last midnight), finishes, returns, refuses and withdraws them, asks for
 * supplements, adds, reuses and removes documents (inputs and results), pays, exempts and refunds
 * fees through the real services, moves outbox entries, opens and resolves conflicts and marks
 * portal changes; after every step each fact equals its EXISTS definition for every dossier, every
 * day's counts equal those worked out here from the dossier rows, every figure of the index equals
 * the count by the definitions written out here (the SQL the index used before V22), and each
 * click-through total equals its figure.
 */
class Index766FactsConsistencyTest {
    static final LocalDate FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    private static final String INPUT = "select 1 from dossier_document x where x.dossier_id = d.id and x.kind = 'INPUT' and x.removed_at is null";
    private static final String PAID = "select 1 from dossier_fee f where f.dossier_id = d.id and f.amount > 0 and f.state in ('PAID', 'REFUNDED')";
    /** Each fact bit and its definition. */
    private static final Map<Integer, String> FACTS = Map.of(
            1, "exists (" + INPUT + " and x.digitized = true)",
            2, "exists (" + INPUT + " and (x.reused = true or x.from_national_store = true))",
            4, "exists (select 1 from dossier_document x where x.dossier_id = d.id and x.kind = 'RESULT' and x.removed_at is null)",
            8, "exists (" + PAID + ")",
            16, "exists (" + PAID + " and f.method = 'TRANSFER')");
    private static final String RECEIVED = " from dossier d where d.received_at >= :start and d.received_at < :end and d.status not in (1, 3, 7, 8)";
    private static final String RESOLVED = " from dossier d where d.finished_at >= :start and d.finished_at < :end and d.status in (9, 10)";
    /** indicator → {population with narrowing, numerator}, as the index defined them with correlated subqueries. */
    private static final Map<String, String[]> DEFINITIONS = new LinkedHashMap<>();

    static {
        DEFINITIONS.put("portalSynced", new String[] {RECEIVED,
                "not exists (select 1 from outbox_entry o where o.aggregate_id = d.id)"
                        + " or exists (select 1 from outbox_entry o where o.aggregate_id = d.id and o.state = 'DONE')"
                        + " or exists (select 1 from sync_dossier y where y.dossier_id = d.id and (y.origin = 'portal' or y.server_version is not null))"});
        DEFINITIONS.put("statusCurrent", new String[] {RECEIVED,
                "not exists (select 1 from outbox_entry o where o.aggregate_id = d.id and o.state not in ('DONE', 'SET_ASIDE'))"
                        + " and not exists (select 1 from sync_conflict c where c.dossier_id = d.id and c.resolved_at is null)"
                        + " and not exists (select 1 from sync_dossier y where y.dossier_id = d.id and y.incoming_at is not null)"});
        DEFINITIONS.put("electronicResult", new String[] {RESOLVED, FACTS.get(4)});
        DEFINITIONS.put("digitizedComponents", new String[] {RECEIVED, FACTS.get(1)});
        DEFINITIONS.put("dataReuse", new String[] {RECEIVED, FACTS.get(2)});
        DEFINITIONS.put("onlineSubmission", new String[] {RECEIVED, "d.channel = 2"});
        DEFINITIONS.put("onlinePayment", new String[] {RECEIVED + " and " + FACTS.get(8), FACTS.get(16)});
    }

    private static final List<String> OUTBOX_STATES = List.of("PENDING", "IN_FLIGHT", "DONE", "UNKNOWN", "REJECTED", "CONFLICT", "SET_ASIDE");

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void factsAndFiguresFollowEveryChange(TestDatabase database) throws Exception {
        long seed = Long.getLong("motcua.facts.seed", 766L);
        vn.motcua.testing.SplitMix64 r = new vn.motcua.testing.SplitMix64(seed);
        try (IndexOffice office = new IndexOffice(dir, at(3, 1, 0), database)) {
            List<String> codes = new ArrayList<>();
            // 00:30 on the period's first day is still the previous day in UTC
            codes.add(office.receive(IndexOffice.RESIDENCE, Channel.ONLINE, at(3, 1, 0).plusMinutes(30)));
            for (int i = 0; i < 5; i++) {
                codes.add(office.receive(r.nextInt(3) == 0 ? IndexOffice.BIRTH : IndexOffice.RESIDENCE,
                        r.nextInt(2) == 0 ? Channel.ONLINE : Channel.IN_PERSON, at(3, 2 + i, 9)));
            }
            office.clock.set(at(3, 12, 9));
            for (int step = 0; step < 60; step++) {
                if (step == 40) {
                    office.clock.set(at(3, 31, 22)); // the last steps cross the period's end (01:00 on 1 April, Vietnam time)
                }
                String code = r.pick(codes);
                String what = act(office, r, code, codes);
                office.clock.set(now(office).plusMinutes(30));
                verify(office, "seed " + seed + " step " + step + " (" + what + " " + code + ")");
            }
        }
    }

    private static LocalDateTime now(IndexOffice office) {
        return office.clock.instant().atZone(vn.motcua.calendar.WorkCalendar.ZONE).toLocalDateTime();
    }

    /** One random change through the services (or, for the sync tables, as the sender and puller write them). */
    private static String act(IndexOffice office, vn.motcua.testing.SplitMix64 r, String code, List<String> codes) throws Exception {
        var ctx = office.context;
        int kind = r.nextInt(18);
        try {
            switch (kind) {
                case 12 -> codes.add(office.receive(r.nextInt(2) == 0 ? IndexOffice.BIRTH : IndexOffice.RESIDENCE,
                        r.nextInt(2) == 0 ? Channel.ONLINE : Channel.IN_PERSON, now(office)));
                case 13 -> office.ready(code, now(office));
                case 14 -> office.returned(code, now(office));
                case 15 -> office.close(code, r.nextInt(2) == 0 ? DossierStatus.REFUSED : DossierStatus.WITHDRAWN, now(office));
                case 16 -> office.supplement(code, now(office));
                case 0, 1 -> office.scanInput(code);
                case 2 -> office.scanResult(code);
                case 3 -> office.reuseEarlierScan(code);
                case 4, 5 -> {
                    List<DossierDocument> active = ctx.documents().linked(code).stream().filter(d -> d.removedAt() == null).toList();
                    if (active.isEmpty()) {
                        return "nothing to remove";
                    }
                    ctx.documents().remove(Actor.SYSTEM, r.pick(active).id(), "Quét nhầm");
                }
                case 6 -> ctx.fees().pay(Actor.SYSTEM, code, r.nextInt(2) == 0 ? PaymentMethod.TRANSFER : PaymentMethod.CASH, "FT1");
                case 7 -> ctx.fees().refund(Actor.SYSTEM, code, "Trả lại phí");
                case 8 -> ctx.fees().exempt(Actor.SYSTEM, code, "Nghị định miễn phí");
                case 9 -> office.read(s -> s.createNativeMutationQuery("update outbox_entry set state = :st where id = (select o.id from"
                        + " outbox_entry o join dossier d on d.id = o.aggregate_id where d.code = :c order by o.seq desc fetch first 1 row only)")
                        .setParameter("st", r.pick(OUTBOX_STATES)).setParameter("c", code).executeUpdate());
                case 10 -> office.read(s -> conflict(s, code, r.nextInt(2) == 0));
                default -> office.read(s -> syncDossier(s, code, r));
            }
        } catch (UserFacingException | IndexOutOfBoundsException e) {
            return "refused " + kind; // e.g. nothing due to pay, nothing to reuse: the walk goes on
        }
        return "action " + kind;
    }

    private static int conflict(Session s, String code, boolean open) {
        if (!open) {
            return s.createNativeMutationQuery("update sync_conflict set resolved_at = :now where resolved_at is null"
                    + " and dossier_id = (select id from dossier where code = :c)").setParameter("now", Instant.now()).setParameter("c", code)
                    .executeUpdate();
        }
        return s.createNativeMutationQuery("insert into sync_conflict (id, dossier_id, kind, detected_at, version)"
                + " select :id, id, 'STATUS', :now, 0 from dossier where code = :c")
                .setParameter("id", UUID.randomUUID()).setParameter("now", Instant.now()).setParameter("c", code).executeUpdate();
    }

    private static int syncDossier(Session s, String code, vn.motcua.testing.SplitMix64 r) {
        s.createNativeMutationQuery("insert into sync_dossier (dossier_id, origin, refresh_needed, version)"
                + " select id, 'desk', false, 0 from dossier where code = :c and id not in (select dossier_id from sync_dossier)")
                .setParameter("c", code).executeUpdate();
        return s.createNativeMutationQuery("update sync_dossier set origin = :o, server_version = :v, incoming_at = :in"
                        + " where dossier_id = (select id from dossier where code = :c)")
                .setParameter("o", r.nextInt(4) == 0 ? "portal" : "desk")
                .setParameter("v", r.nextInt(2) == 0 ? null : 3L, Long.class)
                .setParameter("in", r.nextInt(2) == 0 ? null : Instant.now(), Instant.class)
                .setParameter("c", code).executeUpdate();
    }

    private static void verify(IndexOffice office, String where) {
        office.read(s -> {
            FACTS.forEach((bit, definition) -> assertThat(count(s, "select count(*) from dossier d where (mod(d.idx_facts / " + bit
                    + ", 2) = 1) <> (" + definition + ")")).as(where + ": fact " + bit + " differs from its definition").isZero());
            assertThat(days(s)).as(where + ": the day counts").isEqualTo(expectedDays(s));
            return null;
        });
        IndexScore score = office.compute(FROM, TO);
        Map<String, IndexScore.IndicatorScore> byId = new LinkedHashMap<>();
        score.groups().forEach(g -> g.indicators().forEach(i -> byId.put(i.id(), i)));
        DEFINITIONS.forEach((id, def) -> {
            long denominator = office.read(s -> count(s, "select count(*)" + def[0]));
            long numerator = office.read(s -> count(s, "select count(*)" + def[0] + " and (" + def[1] + ")"));
            IndexScore.IndicatorScore got = byId.get(id);
            assertThat(new long[] {got.numerator(), got.denominator()}).as(where + ": " + id).containsExactly(numerator, denominator);
            assertThat(office.list(FROM, TO, id, Part.NUMERATOR).total()).as(where + ": " + id + " list").isEqualTo(numerator);
            assertThat(office.list(FROM, TO, id, Part.DENOMINATOR).total()).as(where + ": " + id + " list").isEqualTo(denominator);
        });
    }

    /** The non-zero rows of {@code index766_day}: "day procedure" → counts. */
    private static Map<String, List<Long>> days(Session s) {
        Map<String, List<Long>> days = new TreeMap<>();
        for (Object[] row : s.createNativeQuery("select on_day, procedure_code, " + String.join(", ", DayRollup.COUNTS)
                + " from index766_day", Object[].class).getResultList()) {
            List<Long> counts = new ArrayList<>();
            for (int i = 2; i < row.length; i++) {
                counts.add(((Number) row[i]).longValue());
            }
            if (counts.stream().anyMatch(n -> n != 0)) {
                days.put(row[0] + " " + row[1], counts);
            }
        }
        return days;
    }

    /** The same counts worked out here from every dossier row, its facts read by their EXISTS definitions. */
    private static Map<String, List<Long>> expectedDays(Session s) {
        Map<String, long[]> days = new TreeMap<>();
        String facts = String.join(", ", java.util.stream.IntStream.of(1, 2, 4, 8, 16)
                .mapToObj(bit -> "case when " + FACTS.get(bit) + " then 1 else 0 end").toList());
        for (Object[] row : s.createNativeQuery("select d.received_at, d.finished_at, d.status, d.channel, d.procedure_code, " + facts
                + " from dossier d", Object[].class).getResultList()) {
            int status = ((Number) row[2]).intValue();
            boolean[] has = new boolean[5];
            for (int i = 0; i < 5; i++) {
                has[i] = ((Number) row[5 + i]).intValue() == 1;
            }
            if (!List.of(1, 3, 7, 8).contains(status)) {
                long[] d = days.computeIfAbsent(vietnamDay(row[0]) + " " + row[4], k -> new long[8]);
                d[0]++;
                d[1] += ((Number) row[3]).intValue() == 2 ? 1 : 0;
                d[2] += has[0] ? 1 : 0;
                d[3] += has[1] ? 1 : 0;
                d[4] += has[3] ? 1 : 0;
                d[5] += has[3] && has[4] ? 1 : 0;
            }
            if (row[1] != null && (status == 9 || status == 10)) {
                long[] d = days.computeIfAbsent(vietnamDay(row[1]) + " " + row[4], k -> new long[8]);
                d[6]++;
                d[7] += has[2] ? 1 : 0;
            }
        }
        Map<String, List<Long>> out = new TreeMap<>();
        days.forEach((k, v) -> out.put(k, java.util.Arrays.stream(v).boxed().toList()));
        return out;
    }

    private static LocalDate vietnamDay(Object instant) {
        Instant at = instant instanceof java.time.OffsetDateTime t ? t.toInstant()
                : instant instanceof java.sql.Timestamp t ? t.toInstant() : (Instant) instant;
        return at.atZone(vn.motcua.calendar.WorkCalendar.ZONE).toLocalDate();
    }

    private static long count(Session s, String sql) {
        var q = s.createNativeQuery(sql, Long.class);
        if (sql.contains(":start")) {
            q.setParameter("start", new Period(FROM, TO).start()).setParameter("end", new Period(FROM, TO).end());
        }
        return q.getSingleResult();
    }
}
