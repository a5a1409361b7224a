package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.office.Numbering;
import vn.motcua.testing.TestOffice;

/** Leased numbering (issue 8): the day's leased blocks in order, then the offline reserve; never a number twice. */
class LeasedNumberingTest {
    private static final String AGENCY = "000.00.06.H56";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;
    AppContext context;
    SessionFactory db;
    DossierCodeAllocator allocator;
    CodeLeases leases;

    @BeforeEach
    void open() {
        context = TestOffice.open(dir);
        db = context.database().sessionFactory();
        allocator = new DossierCodeAllocator(db);
        leases = context.codeLeases();
        allocator.prepare(AGENCY, DAY);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private int draw(Numbering numbering) {
        return db.fromTransaction(s -> allocator.allocate(s, AGENCY, DAY, numbering)).sequence();
    }

    @Test
    void leasedBlocksComeFirstInOrderThenTheReserve() {
        leases.record(AGENCY, List.of(new CodeLeases.Block(DAY, 200, 201), new CodeLeases.Block(DAY, 100, 102),
                new CodeLeases.Block(DAY.plusDays(1), 300, 399)));
        Numbering leased = Numbering.leased(9000, 9001);
        List<Integer> drawn = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            drawn.add(draw(leased));
        }
        assertThat(drawn).containsExactly(100, 101, 102, 200, 201, 9000, 9001);
        assertThatThrownBy(() -> draw(leased))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("dossier.numbersExhausted"));
    }

    @Test
    void whatIsLeftCountsOnlyNumbersNotYetHandedOut() {
        leases.record(AGENCY, List.of(new CodeLeases.Block(DAY, 100, 102), new CodeLeases.Block(DAY, 200, 201)));
        assertThat(leases.remaining(AGENCY, List.of(DAY, DAY.plusDays(1)))).containsEntry(DAY, 5).containsEntry(DAY.plusDays(1), 0);
        draw(Numbering.leased(9000, 9999));
        draw(Numbering.leased(9000, 9999));
        assertThat(leases.remaining(AGENCY, List.of(DAY))).containsEntry(DAY, 3);
        assertThat(leases.runningShort(AGENCY, List.of(DAY, DAY.plusDays(1)), 20)).containsExactly(DAY, DAY.plusDays(1));
        assertThat(leases.runningShort(AGENCY, List.of(DAY), 6)).isEmpty();
    }

    @Test
    void theSameGrantTwiceIsKeptOnce() {
        List<CodeLeases.Block> grant = List.of(new CodeLeases.Block(DAY, 100, 119));
        leases.record(AGENCY, grant);
        leases.record(AGENCY, grant);
        assertThat(leases.blocks(AGENCY, DAY)).containsExactly(new CodeLeases.Block(DAY, 100, 119));
        assertThat(leases.remaining(AGENCY, List.of(DAY))).containsEntry(DAY, 20);
    }

    @Test
    void aBlockGrantedBehindTheCounterStaysUnused() {
        Numbering leased = Numbering.leased(9000, 9999);
        assertThat(draw(leased)).isEqualTo(9000); // offline, no lease yet: the reserve
        leases.record(AGENCY, List.of(new CodeLeases.Block(DAY, 100, 110)));
        assertThat(draw(leased)).isEqualTo(9001); // the counter never goes back
        assertThat(leases.remaining(AGENCY, List.of(DAY))).containsEntry(DAY, 0);
    }

    @Test
    void aQuietOfficeStillLeasesTheSmallestBlock() {
        assertThat(leases.dailyNeed(AGENCY, DAY)).isEqualTo(CodeLeases.MIN_BLOCK);
    }
}
