package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.office.Numbering;
import vn.motcua.testing.TestOffice;

/** Dossier codes: unique, gap-free, four digits, within the desk's range, under concurrent intake. */
class DossierCodeAllocatorTest {
    private static final String AGENCY = "000.00.06.H56";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;
    AppContext context;
    SessionFactory db;
    DossierCodeAllocator allocator;

    @BeforeEach
    void open() {
        context = TestOffice.open(dir);
        db = context.database().sessionFactory();
        allocator = new DossierCodeAllocator(db);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void codeHasTheNationalShape() {
        assertThat(new DossierCode(AGENCY, LocalDate.of(2023, 10, 27), 361)).hasToString("000.00.06.H56-231027-0361");
        assertThatThrownBy(() -> new DossierCode(AGENCY, DAY, 10_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void manyThreadsWithRollbacksGetUniqueGapFreeNumbers() throws Exception {
        allocator.prepare(AGENCY, DAY);
        int threads = 8;
        int perThread = 40;
        ConcurrentLinkedQueue<Integer> committed = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Random random = new Random(1000 + t);
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < perThread; i++) {
                    boolean abandon = random.nextInt(5) == 0; // a refused intake after the number was drawn
                    try {
                        int seq = db.fromTransaction(s -> {
                            DossierCode code = allocator.allocate(s, AGENCY, DAY, Numbering.local());
                            if (abandon) {
                                throw new IllegalStateException("rolled back");
                            }
                            return code.sequence();
                        });
                        committed.add(seq);
                    } catch (IllegalStateException expected) {
                        // the transaction rolled back: its number must come back
                    }
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        List<Integer> sorted = committed.stream().sorted().toList();
        assertThat(sorted).doesNotHaveDuplicates();
        assertThat(sorted).containsExactlyElementsOf(IntStream.rangeClosed(1, sorted.size()).boxed().toList());
        assertThat(sorted.size()).isBetween(threads * perThread / 2, threads * perThread - 1);
    }

    @Test
    void rangeModeStaysInsideItsRangeAndRefusesWhenFull() {
        allocator.prepare(AGENCY, DAY);
        Numbering range = Numbering.range(5001, 5003);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            codes.add(db.fromTransaction(s -> allocator.allocate(s, AGENCY, DAY, range)).toString());
        }
        assertThat(codes).containsExactly("000.00.06.H56-261123-5001", "000.00.06.H56-261123-5002", "000.00.06.H56-261123-5003");
        assertThatThrownBy(() -> db.fromTransaction(s -> allocator.allocate(s, AGENCY, DAY, range)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("dossier.numbersExhausted"));
    }

    @Test
    void theTenThousandthDossierOfADayIsRefused() {
        allocator.prepare(AGENCY, DAY);
        db.inTransaction(s -> s.createNativeMutationQuery("update sequence_counter set last_value = 9998").executeUpdate());
        assertThat(db.fromTransaction(s -> allocator.allocate(s, AGENCY, DAY, Numbering.local())).sequence()).isEqualTo(9999);
        assertThatThrownBy(() -> db.fromTransaction(s -> allocator.allocate(s, AGENCY, DAY, Numbering.local())))
                .isInstanceOf(UserFacingException.class);
    }

    @Test
    void eachDayAndAgencyHasItsOwnSequence() {
        LocalDate next = DAY.plusDays(1);
        allocator.prepare(AGENCY, DAY);
        allocator.prepare(AGENCY, next);
        allocator.prepare("H56.99", DAY);
        db.inTransaction(s -> allocator.allocate(s, AGENCY, DAY, Numbering.local()));
        assertThat(db.fromTransaction(s -> allocator.allocate(s, AGENCY, next, Numbering.local())).sequence()).isEqualTo(1);
        assertThat(db.fromTransaction(s -> allocator.allocate(s, "H56.99", DAY, Numbering.local())).sequence()).isEqualTo(1);
        assertThat(db.fromTransaction(s -> allocator.allocate(s, AGENCY, DAY, Numbering.local())).sequence()).isEqualTo(2);
    }

    @Test
    void preparingTwiceOrConcurrentlyIsHarmless() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.add(pool.submit(() -> allocator.prepare(AGENCY, DAY)));
        }
        for (Future<?> f : all) {
            f.get();
        }
        pool.shutdown();
        assertThat(db.fromTransaction(s -> allocator.allocate(s, AGENCY, DAY, Numbering.local())).sequence()).isEqualTo(1);
    }
}
