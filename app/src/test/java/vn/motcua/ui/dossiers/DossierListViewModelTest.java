package vn.motcua.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.Language;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierFilter.Tab;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/**
 * The list's logic over a real office on a fixed clock: tab counts and rows as the due dates
 * say, folded search, sorting and paging by the database, stale answers dropped.
 */
class DossierListViewModelTest {
    static final int FILLERS = 95;
    @TempDir
    static Path dir;
    static ListOffice office;
    final I18n i18n = new I18n(Language.VI);
    final Ui ui = new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter());

    @BeforeAll
    static void seed() {
        office = ListOffice.seeded(dir.resolve("data"), FILLERS);
    }

    @AfterAll
    static void close() {
        office.close();
    }

    DossierListViewModel vm(Ui with) {
        DossierListViewModel vm = new DossierListViewModel(with, DossierDesk.of(office.context, office.admin, office.clock));
        vm.refresh();
        return vm;
    }

    private static List<String> codes(DossierListViewModel vm) {
        return vm.lines().stream().map(DossierLine::code).toList();
    }

    @Test
    void eachTabHoldsTheDossiersItsDueDatesSayAndCountsThem() {
        assertThat(office.expected(Tab.TODAY)).as("the oracle is not empty").hasSize(2);
        assertThat(office.expected(Tab.OVERDUE)).hasSize(2);
        assertThat(office.expected(Tab.DUE_SOON)).isNotEmpty();
        assertThat(office.expected(Tab.WAITING)).containsExactly(office.waiting);
        DossierListViewModel vm = vm(ui);
        assertThat(vm.filterProperty().get().tab()).as("the home screen opens on today").isEqualTo(Tab.TODAY);
        for (Tab tab : Tab.values()) {
            vm.selectTab(tab);
            Map<Tab, Long> counts = vm.countsProperty().get();
            assertThat(counts.get(tab)).as(tab.name()).isEqualTo(office.expected(tab).size());
            if (tab != Tab.ALL) {
                assertThat(codes(vm)).as(tab.name()).containsExactlyInAnyOrderElementsOf(office.expected(tab));
            }
        }
        assertThat(vm.countsProperty().get().get(Tab.ALL)).isEqualTo(FILLERS + 11L);
        vm.selectTab(Tab.OVERDUE);
        assertThat(vm.lines()).allSatisfy(l -> {
            assertThat(l.deadline()).isEqualTo("Quá hạn");
            assertThat(l.remaining()).startsWith("quá ");
        });
        vm.selectTab(Tab.TODAY);
        assertThat(vm.lines()).allSatisfy(l -> assertThat(l.deadline()).isEqualTo("Đến hạn hôm nay"));
        vm.selectTab(Tab.WAITING);
        assertThat(vm.lines()).singleElement().satisfies(l -> {
            assertThat(l.status()).isEqualTo("Yêu cầu bổ sung");
            assertThat(l.remaining()).as("the clock is stopped").isEmpty();
        });
    }

    @Test
    void aFoldedSearchFindsNamesWrittenWithMarks() {
        DossierListViewModel vm = vm(ui);
        vm.selectTab(Tab.ALL);
        vm.search("dang thi hong");
        assertThat(vm.lines()).extracting(l -> l.row().applicantName()).containsExactly("Đặng Thị Hồng");
        assertThat(vm.countsProperty().get().get(Tab.TODAY)).as("counts follow the search").isEqualTo(1);
        vm.search("hong");
        assertThat(vm.lines()).extracting(l -> l.row().applicantName())
                .containsExactlyInAnyOrder("Đặng Thị Hồng", "Đặng Văn Hồng", "Ngô Thị Hồng Nhung");
        vm.search("  ");
        assertThat(vm.pageProperty().get().total()).isEqualTo(FILLERS + 11L);
    }

    @Test
    void theDatabaseSortsAcrossPagesAndPages100AtATime() {
        DossierListViewModel vm = vm(ui);
        vm.selectTab(Tab.ALL);
        long total = FILLERS + 11L;
        assertThat(vm.lines()).hasSize(100);
        assertThat(vm.pageTextProperty().get()).isEqualTo("1–100 / " + total);

        List<Map.Entry<String, String>> all = new ArrayList<>(office.applicants.entrySet());
        all.sort(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        vm.sortBy(DossierFilter.Sort.APPLICANT, false);
        assertThat(codes(vm)).as("the first page of the whole sorted list, not a sorted page")
                .containsExactlyElementsOf(all.subList(0, 100).stream().map(Map.Entry::getKey).toList());
        vm.nextPage();
        assertThat(vm.pageTextProperty().get()).isEqualTo("101–" + total + " / " + total);
        assertThat(codes(vm)).containsExactlyElementsOf(all.subList(100, all.size()).stream().map(Map.Entry::getKey).toList());
        vm.nextPage();
        assertThat(vm.pageTextProperty().get()).as("no page after the last").isEqualTo("101–" + total + " / " + total);

        vm.sortBy(DossierFilter.Sort.APPLICANT, true);
        assertThat(vm.pageTextProperty().get()).as("a new sort starts at the first page").startsWith("1–100");
        List<String> names = vm.lines().stream().map(l -> l.row().applicantName()).toList();
        assertThat(names).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(names.get(0)).isEqualTo(all.get(all.size() - 1).getValue());

        vm.sortBy(DossierFilter.Sort.CODE, false);
        assertThat(codes(vm)).containsExactlyElementsOf(office.applicants.keySet().stream().sorted().limit(100).toList());
        vm.previousPage();
        assertThat(vm.hasPrevious()).isFalse();
    }

    @Test
    void anOlderAnswerArrivingAfterANewerOneIsDropped() {
        HeldRunner held = new HeldRunner();
        DossierListViewModel vm = new DossierListViewModel(new Ui(i18n, new DialogService(i18n, () -> null), held, new ErrorReporter()),
                DossierDesk.of(office.context, office.admin, office.clock));
        vm.selectTab(Tab.ALL);
        held.runAll();
        vm.search("dang thi hong"); // slow
        vm.search("nguyen van an"); // typed after it, answered first
        held.runLast();
        assertThat(vm.lines()).extracting(l -> l.row().applicantName()).containsExactly("Nguyễn Văn An");
        held.runAll();
        assertThat(vm.lines()).as("the older answer is dropped").extracting(l -> l.row().applicantName())
                .containsExactly("Nguyễn Văn An");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void remainingWorkingTimeIsToldInDaysAndHoursOfTheOffice() {
        LineFormat f = new LineFormat(i18n, java.time.Duration.ofHours(8));
        assertThat(f.remaining(java.time.Duration.ofHours(11))).isEqualTo("còn 1 ngày 3 giờ");
        assertThat(f.remaining(java.time.Duration.ofHours(-16))).isEqualTo("quá 2 ngày");
        assertThat(f.remaining(java.time.Duration.ofMinutes(-150))).isEqualTo("quá 2 giờ");
        assertThat(f.remaining(java.time.Duration.ofMinutes(20))).isEqualTo("còn dưới 1 giờ");
        assertThat(f.remaining(null)).isEmpty();
        assertThat(new LineFormat(new I18n(Language.EN), java.time.Duration.ofHours(8)).remaining(java.time.Duration.ofHours(-19)))
                .isEqualTo("2 d 3 h late");
    }

    /** Holds background work until the test releases it, in the order it chooses. */
    static final class HeldRunner implements BackgroundRunner {
        private final Deque<Runnable> queue = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queue.add(() -> SAME_THREAD.run(work, onSuccess, onFailure));
        }

        void runLast() {
            queue.pollLast().run();
        }

        void runAll() {
            while (!queue.isEmpty()) {
                queue.pollFirst().run();
            }
        }
    }

}
