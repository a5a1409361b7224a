package vn.motcua.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Intakes;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.security.PasswordHasher;
import vn.motcua.testing.TestDatabase;
import vn.motcua.testing.TestOffice;

/**
 * Several desks on one PostgreSQL database, each with its own AppContext (its own pool and
 * Hibernate, as separate desk processes would have): codes stay unique and gap-free per day, and
 * two desks moving the same dossier at once end with one move and one clear refusal.
 */
class PostgresDesksTest {
    static final int DESKS = 4;
    static final int INTAKES_PER_DESK = 12;

    @TempDir
    Path tmp;

    private AppContext desk(int n) {
        return AppContext.open(TestDatabase.POSTGRESQL.sameDatabase(tmp.resolve("desk0"), tmp.resolve("desk" + n)),
                new PasswordHasher(1_000), Clock.systemUTC());
    }

    @Test
    void fourDesksReceivingAtOnceGetUniqueGapFreeCodes() throws Exception {
        List<AppContext> desks = new ArrayList<>();
        desks.add(TestOffice.initialized(tmp.resolve("desk0"), TestDatabase.POSTGRESQL));
        Actor clerk = Processing.staff(desks.get(0))[0];
        for (int i = 1; i < DESKS; i++) {
            desks.add(desk(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(DESKS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (AppContext desk : desks) {
                Callable<List<String>> work = () -> {
                    start.await();
                    List<String> codes = new ArrayList<>();
                    for (int i = 0; i < INTAKES_PER_DESK; i++) {
                        codes.add(desk.intake().receive(clerk, Intakes.accept(desk, Intakes.BIRTH)).code());
                    }
                    return codes;
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : results) {
                all.addAll(f.get(5, TimeUnit.MINUTES));
            }
            assertThat(all).hasSize(DESKS * INTAKES_PER_DESK).doesNotHaveDuplicates();
            // one receiving day: the sequence numbers are exactly 1..n
            assertThat(all.stream().map(c -> c.substring(0, c.lastIndexOf('-'))).distinct()).hasSize(1);
            assertThat(all.stream().map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))).sorted().toList())
                    .isEqualTo(IntStream.rangeClosed(1, DESKS * INTAKES_PER_DESK).boxed().toList());
            long rows = desks.get(1).database().sessionFactory().fromTransaction(s -> ((Number) s.createNativeQuery(
                    "select count(*) from dossier", Object.class).getSingleResult()).longValue());
            assertThat(rows).isEqualTo(DESKS * INTAKES_PER_DESK);
        } finally {
            pool.shutdownNow();
            desks.forEach(AppContext::close);
        }
    }

    @Test
    void twoDesksMovingOneDossierAtOnceEndWithOneMoveAndOneClearRefusal() throws Exception {
        try (AppContext first = TestOffice.initialized(tmp.resolve("desk0"), TestDatabase.POSTGRESQL)) {
            Actor[] staff = Processing.staff(first);
            try (AppContext second = desk(1)) {
                for (int round = 0; round < 5; round++) {
                    String code = Processing.receive(first, staff[0]);
                    CountDownLatch start = new CountDownLatch(1);
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    try {
                        Future<Object> a = pool.submit(() -> attempt(start, () -> first.processing().resultReady(staff[2], code, "Bàn 1")));
                        Future<Object> b = pool.submit(() -> attempt(start, () -> second.processing().resultReady(staff[2], code, "Bàn 2")));
                        start.countDown();
                        List<Object> outcomes = List.of(a.get(1, TimeUnit.MINUTES), b.get(1, TimeUnit.MINUTES));
                        assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> o instanceof vn.motcua.dossier.Dossier).hasSize(1);
                        outcomes.stream().filter(o -> o instanceof AssertionError).forEach(o -> ((Throwable) o).printStackTrace());
                        assertThat(outcomes).as(outcomes.toString()).filteredOn(o -> o instanceof UserFacingException).hasSize(1);
                    } finally {
                        pool.shutdownNow();
                    }
                    assertThat(second.dossierQuery().story(code).events()).extracting(e -> e.to().code()).containsExactly(2, 9);
                }
            }
        }
    }

    private static Object attempt(CountDownLatch start, Callable<Object> move) throws InterruptedException {
        start.await();
        try {
            return move.call();
        } catch (UserFacingException e) {
            return e;
        } catch (Exception e) {
            return new AssertionError("not a user-facing refusal", e);
        }
    }
}
