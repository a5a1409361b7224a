package vn.motcua.reports.index766;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.reports.index766.Index766TimelinessTest.at;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.security.Actor;

/**
 * The maintained facts ({@code dossier.idx_facts}) and the sync complement never drift from the
 * definitions: a seeded walk adds, reuses and removes documents (inputs and results), pays,
 * exempts and refunds fees through the real services, moves outbox entries, opens and resolves
 * conflicts and marks portal changes; after every step each fact equals its EXISTS definition
 * for every dossier, every figure of the index equals the count by the definitions written out
 * here (the SQL the index used before V22), and each click-through total equals its figure.
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

    @Test
    void factsAndFiguresFollowEveryChange() throws Exception {
        long seed = Long.getLong("motcua.facts.seed", 766L);
        vn.motcua.testing.SplitMix64 r = new vn.motcua.testing.SplitMix64(seed);
        try (IndexOffice office = new IndexOffice(dir, at(3, 2, 8))) {
            List<String> codes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                codes.add(office.receive(r.nextInt(3) == 0 ? IndexOffice.BIRTH : IndexOffice.RESIDENCE,
                        r.nextInt(2) == 0 ? Channel.ONLINE : Channel.IN_PERSON, at(3, 2 + i, 9)));
            }
            office.clock.set(at(3, 12, 9));
            for (int step = 0; step < 45; step++) {
                String code = r.pick(codes);
                String what = act(office, r, code);
                office.clock.set(office.clock.instant().atZone(vn.motcua.calendar.WorkCalendar.ZONE).toLocalDateTime().plusMinutes(30));
                verify(office, "seed " + seed + " step " + step + " (" + what + " " + code + ")");
            }
        }
    }

    /** One random change through the services (or, for the sync tables, as the sender and puller write them). */
    private static String act(IndexOffice office, vn.motcua.testing.SplitMix64 r, String code) throws Exception {
        var ctx = office.context;
        int kind = r.nextInt(12);
        try {
            switch (kind) {
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
        s.createNativeMutationQuery("merge into sync_dossier (dossier_id, origin, refresh_needed, version) key (dossier_id)"
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

    private static long count(Session s, String sql) {
        var q = s.createNativeQuery(sql, Long.class);
        if (sql.contains(":start")) {
            q.setParameter("start", new Period(FROM, TO).start()).setParameter("end", new Period(FROM, TO).end());
        }
        return q.getSingleResult();
    }
}
