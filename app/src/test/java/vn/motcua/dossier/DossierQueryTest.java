package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.citizen.ApplicantDetails;
import vn.motcua.citizen.Sex;
import vn.motcua.dossier.DossierFilter.Sort;
import vn.motcua.dossier.DossierFilter.Tab;
import vn.motcua.security.Actor;
import vn.motcua.sync.SyncState;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/**
 * The list's tabs, search, sorting and paging over dossiers received on different days: residence
 * registrations (7 working days) received so that, on Wednesday 16 December 2026, some are due
 * today, some tomorrow, some later, some overdue, one waits for a supplement, one is returned.
 */
class DossierQueryTest {
    @TempDir
    static Path dir;
    static TestClock clock;
    static AppContext context;
    static Actor clerk;
    static String dueToday;
    static String dueTomorrow;
    static String dueLater;
    static String overdue;
    static String waiting;
    static String returned;

    @BeforeAll
    static void office() {
        clock = new TestClock(LocalDateTime.of(2026, 12, 4, 9, 0)); // Friday
        context = TestOffice.initialized(dir, clock);
        clerk = Processing.staff(context)[0];
        overdue = receive("Trần Văn Bình", LocalDateTime.of(2026, 12, 4, 9, 0)); // due Mon 15th
        dueToday = receive("Đặng Thị Hồng", LocalDateTime.of(2026, 12, 7, 9, 0)); // due Wed 16th
        dueTomorrow = receive("Nguyễn Thị Hồng Nhung", LocalDateTime.of(2026, 12, 8, 9, 0)); // Thu 17th
        dueLater = receive("Lê Hồng Quân", LocalDateTime.of(2026, 12, 11, 9, 0)); // Mon 22nd: beyond 2 working days
        waiting = receive("Phạm Văn Đức", LocalDateTime.of(2026, 12, 7, 10, 0));
        clock.set(LocalDateTime.of(2026, 12, 8, 10, 0));
        context.processing().requestSupplement(clerk, waiting, "Bổ sung tờ khai");
        returned = receive("Hoàng Thị Hoa", LocalDateTime.of(2026, 12, 9, 9, 0));
        context.processing().resultReady(clerk, returned, null);
        context.processing().returnResult(clerk, returned, null, null);
        clock.set(LocalDateTime.of(2026, 12, 16, 8, 0)); // Wednesday morning
    }

    private static String receive(String name, LocalDateTime at) {
        clock.set(at);
        var base = Intakes.accept(context, Intakes.RESIDENCE);
        ApplicantDetails a = new ApplicantDetails(name, null, LocalDate.of(1985, 1, 1), Sex.FEMALE, "Xã Vụ Bản", null, null);
        return context.intake().receive(clerk, new IntakeRequest(null, base.procedureCode(), a, null, null, base.components(), null,
                null, 1, null, null, null)).code();
    }

    @AfterAll
    static void close() {
        context.close();
    }

    private static List<String> codes(DossierFilter f) {
        return context.dossierQuery().page(f, 0, 100).rows().stream().map(DossierRow::code).toList();
    }

    @Test
    void eachTabHoldsWhatItsNameSays() {
        assertThat(codes(DossierFilter.tab(Tab.TODAY))).containsExactly(dueToday);
        assertThat(codes(DossierFilter.tab(Tab.DUE_SOON))).containsExactly(dueTomorrow);
        assertThat(codes(DossierFilter.tab(Tab.OVERDUE))).containsExactly(overdue);
        assertThat(codes(DossierFilter.tab(Tab.WAITING))).containsExactly(waiting);
        assertThat(codes(DossierFilter.tab(Tab.ALL))).hasSize(6).first().isEqualTo(dueLater); // newest received first
        Map<Tab, Long> counts = context.dossierQuery().counts(null);
        assertThat(counts).containsEntry(Tab.TODAY, 1L).containsEntry(Tab.DUE_SOON, 1L).containsEntry(Tab.OVERDUE, 1L)
                .containsEntry(Tab.WAITING, 1L).containsEntry(Tab.ALL, 6L);
    }

    @Test
    void rowsCarryTheirDeadlineStateRemainingTimeAndSyncState() {
        var rows = context.dossierQuery().page(DossierFilter.tab(Tab.ALL), 0, 100).rows();
        var byCode = rows.stream().collect(java.util.stream.Collectors.toMap(DossierRow::code, r -> r));
        assertThat(byCode.get(overdue).deadline()).isEqualTo(DeadlineState.OVERDUE);
        assertThat(byCode.get(overdue).remaining()).isNegative();
        assertThat(byCode.get(dueToday).deadline()).isEqualTo(DeadlineState.DUE_TODAY);
        // due at 09:00 today, asked at 08:00: one working hour left
        assertThat(byCode.get(dueToday).remaining()).isEqualTo(java.time.Duration.ofHours(1));
        assertThat(byCode.get(dueTomorrow).deadline()).isEqualTo(DeadlineState.DUE_SOON);
        assertThat(byCode.get(dueLater).deadline()).isEqualTo(DeadlineState.IN_TIME);
        assertThat(byCode.get(waiting).deadline()).isEqualTo(DeadlineState.PAUSED);
        assertThat(byCode.get(waiting).remaining()).isNull();
        assertThat(byCode.get(returned).deadline()).isEqualTo(DeadlineState.CLOSED);
        assertThat(rows).allSatisfy(r -> assertThat(r.sync()).isEqualTo(SyncState.QUEUED)); // nothing sent yet
    }

    @Test
    void aFoldedSearchFindsNamesWithoutMarksFromAnyWord() {
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("dang thi hong"))).containsExactly(dueToday);
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("ĐẶNG THỊ"))).containsExactly(dueToday);
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("hong")))
                .containsExactlyInAnyOrder(dueToday, dueTomorrow, dueLater);
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("thi hong"))).containsExactlyInAnyOrder(dueToday, dueTomorrow);
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("hong nh"))).containsExactly(dueTomorrow);
        assertThat(codes(DossierFilter.tab(Tab.TODAY).withSearch("hong"))).containsExactly(dueToday);
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("duc"))).containsExactly(waiting);
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("100%_"))).isEmpty();
        assertThat(context.dossierQuery().counts("hong")).containsEntry(Tab.ALL, 3L).containsEntry(Tab.TODAY, 1L);
    }

    /**
     * A broad name search reads dossiers in the list's order and keeps those with a matching key;
     * a narrow one fetches them by key and sorts them. Both must give the same rows in the same
     * order, the same totals and tab counts — a dossier matching by two of its keys ("n": "nguyen
     * thi hong nhung" and "nhung") listed and counted once.
     */
    @Test
    void aBroadSearchGivesWhatANarrowOneGives() {
        DossierQuery broad = new DossierQuery(context.database().sessionFactory(), context.calendar(), clock, 0);
        DossierQuery narrow = context.dossierQuery();
        for (String text : List.of("n", "h", "hong", "thi", "thi h", "dang thi hong", "van", "zz")) {
            for (Tab tab : Tab.values()) {
                DossierFilter f = DossierFilter.tab(tab).withSearch(text);
                DossierPage b = broad.page(f, 0, 100);
                DossierPage n = narrow.page(f, 0, 100);
                assertThat(b.rows().stream().map(DossierRow::code).toList()).as(text + " " + tab)
                        .isEqualTo(n.rows().stream().map(DossierRow::code).toList()).doesNotHaveDuplicates();
                assertThat(b.total()).as(text + " " + tab).isEqualTo(n.total()).isEqualTo(n.rows().size());
                assertThat(broad.page(f, 1, 1).rows()).isEqualTo(narrow.page(f, 1, 1).rows());
            }
            assertThat(broad.counts(text)).as(text).isEqualTo(narrow.counts(text));
        }
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("n"))).containsExactly(dueTomorrow);
        assertThat(broad.page(DossierFilter.tab(Tab.ALL).withSearch("n"), 0, 10).total()).isEqualTo(1);
        DossierFilter byName = DossierFilter.tab(Tab.ALL).withSearch("hong").sortedBy(Sort.APPLICANT, true);
        assertThat(broad.page(byName, 0, 10).rows()).extracting(DossierRow::code).hasSize(3)
                .isEqualTo(narrow.page(byName, 0, 10).rows().stream().map(DossierRow::code).toList());
    }

    @Test
    void aCodeFragmentFindsTheDossier() {
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("261208-0001"))).containsExactly(dueTomorrow);
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("261208"))).containsExactly(dueTomorrow);
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch("0001"))).hasSize(5); // each day's first dossier
        assertThat(codes(DossierFilter.tab(Tab.ALL).withSearch(dueTomorrow))).containsExactly(dueTomorrow);
    }

    @Test
    void theDatabaseSortsAndPages() {
        DossierFilter byName = DossierFilter.tab(Tab.ALL).sortedBy(Sort.APPLICANT, false);
        var first = context.dossierQuery().page(byName, 0, 4);
        var second = context.dossierQuery().page(byName, 4, 4);
        assertThat(first.total()).isEqualTo(6);
        assertThat(first.rows()).hasSize(4);
        assertThat(second.rows()).hasSize(2);
        List<String> names = new java.util.ArrayList<>();
        first.rows().forEach(r -> names.add(r.applicantName()));
        second.rows().forEach(r -> names.add(r.applicantName()));
        assertThat(names).containsExactly("Hoàng Thị Hoa", "Lê Hồng Quân", "Nguyễn Thị Hồng Nhung", "Phạm Văn Đức", "Trần Văn Bình",
                "Đặng Thị Hồng"); // the database's binary order puts Đ last; stable across pages
        DossierFilter dueDesc = DossierFilter.tab(Tab.ALL).sortedBy(Sort.DUE, true).withStatus(DossierStatus.ACCEPTED);
        assertThat(codes(dueDesc)).containsExactly(dueLater, dueTomorrow, dueToday, overdue);
    }

    @Test
    void dueWithinCoversTodayThroughTheNthWorkingDay() {
        var page = context.dossierQuery().dueWithin(1, DossierFilter.tab(Tab.ALL), 0, 100);
        assertThat(page.rows()).extracting(DossierRow::code).containsExactly(dueToday, dueTomorrow);
        assertThat(context.dossierQuery().dueWithin(0, DossierFilter.tab(Tab.ALL), 0, 100).rows()).extracting(DossierRow::code)
                .containsExactly(dueToday);
    }
}
