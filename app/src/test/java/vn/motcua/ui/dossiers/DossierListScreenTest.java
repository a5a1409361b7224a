package vn.motcua.ui.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.common.Language;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierFilter.Tab;
import vn.motcua.dossier.DossierRow;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.FxBackgroundRunner;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Theme;
import vn.motcua.ui.Ui;

/**
 * The dossier list on screen (TestFX, headless) over a real office on a fixed clock: tab
 * counts, folded search and opening by keyboard only, sorting by a header click and paging by
 * Page Down (both in the database), a bulk hand-over with a refused dossier, the badge and the
 * morning summary, and the list refreshing itself when the data changes elsewhere.
 */
@ExtendWith(ApplicationExtension.class)
class DossierListScreenTest {
    static {
        org.awaitility.Awaitility.setDefaultTimeout(Duration.ofSeconds(30));
    }

    static final int FILLERS = 95;
    @TempDir
    static Path dir;
    static ListOffice office;
    private final I18n i18n = new I18n(Language.VI);
    private final FxBackgroundRunner runner = new FxBackgroundRunner(2);
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private Stage stage;
    private Ui ui;
    private DossierHome home;

    @BeforeAll
    static void seed() {
        office = ListOffice.seeded(dir.resolve("data"), FILLERS);
    }

    @AfterAll
    static void close() {
        office.close();
    }

    @Start
    void start(Stage stage) {
        Theme.apply();
        this.stage = stage;
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1280, 720));
        stage.show();
        ui = new Ui(i18n, new DialogService(i18n, () -> stage), runner, new ErrorReporter());
    }

    @AfterEach
    void stop() {
        if (home != null) {
            home.stop();
        }
        runner.close();
    }

    private DossierHome home(String user, AtomicReference<String> badge, javafx.util.Duration every) {
        return new DossierHome(ui, DossierDesk.of(office.context, office.admin, office.clock), user,
                dir.resolve("morning-summary.properties"), badge::set, opened::add, every);
    }

    /** The list alone (no morning summary: a user who has seen it today). */
    private DossierListView showList(FxRobot robot) {
        DossierHome h = home("list-" + System.nanoTime(), new AtomicReference<>(), javafx.util.Duration.hours(1));
        this.home = h;
        robot.interact(() -> stage.getScene().setRoot(h.view()));
        DossierListView view = (DossierListView) robot.lookup("#area-dossiers-view").query().getProperties().get(DossierListView.class);
        await().until(() -> view.viewModel().pageProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    @SuppressWarnings("unchecked")
    private static TableView<DossierLine> table(FxRobot robot) {
        return robot.lookup("#dossiers-table").queryAs(TableView.class);
    }

    private static List<String> shownCodes(FxRobot robot) {
        return new ArrayList<>(table(robot).getItems().stream().map(DossierLine::code).toList());
    }

    private static String focusedId(FxRobot robot) {
        Node n = robot.lookup("#area-dossiers-view").query().getScene().getFocusOwner();
        while (n != null && n.getId() == null) {
            n = n.getParent();
        }
        return n == null ? null : n.getId();
    }

    /** The header of a column (its node carries the column, not the column's id). */
    private static Node header(FxRobot robot, String columnId) {
        return robot.lookup(".column-header").match(n -> n instanceof javafx.scene.control.skin.TableColumnHeader h
                && h.getTableColumn() != null && columnId.equals(h.getTableColumn().getId())).query();
    }

    private String codeOf(String applicant) {
        return office.applicants.entrySet().stream().filter(e -> e.getValue().equals(applicant)).findFirst().orElseThrow().getKey();
    }

    @Test
    void tabsCountedThenAFoldedSearchAndOpeningByKeyboardOnly(FxRobot robot) {
        showList(robot);
        for (Tab tab : Tab.values()) {
            String text = robot.lookup("#dossiers-tab-" + tab.name()).queryAs(ToggleButton.class).getText();
            assertThat(text).as(tab.name()).endsWith("(" + office.expected(tab).size() + ")");
        }
        assertThat(robot.lookup("#dossiers-tab-TODAY").queryAs(ToggleButton.class).getText()).startsWith("Hôm nay");
        assertThat(shownCodes(robot)).containsExactlyInAnyOrderElementsOf(office.expected(Tab.TODAY));
        Label deadline = robot.lookup("#dossiers-table .table-row-cell .label.warning").queryAs(Label.class);
        assertThat(deadline.getText()).as("words and an icon, not colour alone").isEqualTo("Đến hạn hôm nay");
        assertThat(deadline.getGraphic()).isNotNull();

        robot.push(KeyCode.CONTROL, KeyCode.F);
        assertThat(focusedId(robot)).isEqualTo("dossiers-search");
        robot.write("dang thi hong").type(KeyCode.ENTER);
        await().until(() -> shownCodes(robot).equals(List.of(codeOf("Đặng Thị Hồng"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(focusedId(robot)).isEqualTo("dossiers-table");
        await().until(() -> table(robot).getSelectionModel().getSelectedIndex() == 0);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(codeOf("Đặng Thị Hồng"));

        // "hong" alone: both Hồng and the Hồng inside Ngô Thị Hồng Nhung, across tabs; arrows walk the rows
        robot.push(KeyCode.CONTROL, KeyCode.F).write("hong").type(KeyCode.TAB);
        assertThat(focusedId(robot)).as("Tab goes on to the status filter").isEqualTo("dossiers-status");
        robot.clickOn("#dossiers-tab-ALL");
        await().until(() -> shownCodes(robot).size() == 3);
        robot.push(KeyCode.CONTROL, KeyCode.F).type(KeyCode.ENTER).type(KeyCode.HOME).type(KeyCode.DOWN).type(KeyCode.DOWN)
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).hasSize(2);
        assertThat(opened.get(1)).isEqualTo(shownCodes(robot).get(2));
    }

    @Test
    void aHeaderClickSortsInTheDatabaseAndPageDownPages(FxRobot robot) {
        DossierListView view = showList(robot);
        robot.clickOn("#dossiers-tab-ALL");
        long total = FILLERS + 11L;
        await().until(() -> ("1–100 / " + total).equals(robot.lookup("#dossiers-page").queryAs(Label.class).getText()));
        robot.clickOn(header(robot, "dossiers-col-applicant"));
        await().until(() -> view.viewModel().filterProperty().get().sort() == DossierFilter.Sort.APPLICANT);
        List<String> expected = new ArrayList<>(office.applicants.entrySet().stream()
                .sorted(Map.Entry.<String, String>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList());
        await().until(() -> shownCodes(robot).equals(expected.subList(0, 100)));
        assertThat(table(robot).getItems()).as("the rows came from the database, not a SortedList")
                .isSameAs(view.viewModel().lines());

        robot.clickOn(header(robot, "dossiers-col-applicant")); // second click: descending
        await().until(() -> view.viewModel().filterProperty().get().descending());
        await().until(() -> shownCodes(robot).size() == 100
                && office.applicants.get(shownCodes(robot).get(0)).equals(office.applicants.get(expected.get(expected.size() - 1))));

        robot.clickOn(header(robot, "dossiers-col-applicant")); // third: the tab's own order (newest first)
        await().until(() -> view.viewModel().filterProperty().get().sort() == null);
        robot.clickOn(header(robot, "dossiers-col-applicant")); // and ascending again
        await().until(() -> shownCodes(robot).equals(expected.subList(0, 100)));
        robot.clickOn(robot.lookup("#dossiers-table .table-row-cell").nth(1).queryAs(Node.class));
        robot.type(KeyCode.PAGE_DOWN);
        await().untilAsserted(() -> assertThat(robot.lookup("#dossiers-page").queryAs(Label.class).getText())
                .isEqualTo("101–" + total + " / " + total));
        assertThat(shownCodes(robot)).containsExactlyElementsOf(expected.subList(100, expected.size()));
        robot.clickOn("#dossiers-previous");
        await().until(() -> shownCodes(robot).equals(expected.subList(0, 100)));
        robot.clickOn("#dossiers-next");
        await().until(() -> shownCodes(robot).size() == expected.size() - 100);        robot.clickOn(robot.lookup("#dossiers-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.PAGE_UP);
        await().until(() -> shownCodes(robot).equals(expected.subList(0, 100)));
    }

    @Test
    void severalDossiersHandedOverAtOnceAndTheRefusedOneNamedWithItsReason(FxRobot robot) {
        DossierListView view = showList(robot);
        robot.clickOn("#dossiers-tab-ALL");
        robot.clickOn("#dossiers-search").write("pham thi lan").type(KeyCode.ENTER);
        await().until(() -> shownCodes(robot).size() == 3);
        assertThat(shownCodes(robot)).contains(office.withdrawn);
        robot.clickOn(robot.lookup("#dossiers-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.push(KeyCode.SHIFT, KeyCode.DOWN).push(KeyCode.SHIFT, KeyCode.DOWN);
        assertThat(table(robot).getSelectionModel().getSelectedItems()).hasSize(3);
        robot.clickOn("#dossiers-handOver");
        await().until(() -> robot.lookup("#dossiers-handOver-to").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText()).contains("3 hồ sơ");
        robot.clickOn("#dossiers-handOver-to").clickOn(ListOffice.COLLEAGUE_NAME + " (" + ListOffice.COLLEAGUE + ")");
        robot.clickOn("#dossiers-handOver-note").write("Thẩm định hồ sơ thường trú");
        robot.clickOn("#dossiers-handOver-go");

        await().until(() -> robot.lookup("#dossiers-handOver-to").tryQuery().isEmpty()
                && robot.lookup(".dialog-pane .content").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        String summary = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertThat(summary).contains(office.withdrawn).doesNotContain("!");
        shownCodes(robot).stream().filter(c -> !c.equals(office.withdrawn)).forEach(c -> assertThat(summary).doesNotContain(c));
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText())
                .isEqualTo(i18n.t("dossiers.bulk.summary", "2", "1"));
        robot.type(KeyCode.ENTER);
        assertThat(view.viewModel().progressProperty().get()).isEqualTo(1.0);

        List<DossierRow> rows = office.context.dossierQuery()
                .page(DossierFilter.tab(Tab.ALL).withSearch("pham thi lan"), 0, 10).rows();
        assertThat(rows).filteredOn(r -> !r.code().equals(office.withdrawn)).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(DossierStatus.IN_PROCESS);
            assertThat(r.handlerName()).isEqualTo(ListOffice.COLLEAGUE_NAME);
        });
        assertThat(rows).filteredOn(r -> r.code().equals(office.withdrawn)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(DossierStatus.WITHDRAWN));
    }

    @Test
    void theBadgeAndTheMorningSummaryOnceADayThenARefreshWhenDataChanges(FxRobot robot) {
        AtomicReference<String> badge = new AtomicReference<>();
        DossierHome first = home(TestUsers.CLERK, badge, javafx.util.Duration.millis(300));
        this.home = first;
        robot.interact(() -> {
            stage.getScene().setRoot(first.view());
            first.start();
        });
        await().until(() -> robot.lookup("#morning-summary").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        long today = office.expected(Tab.TODAY).size();
        long overdue = office.expected(Tab.OVERDUE).size();
        assertThat(robot.lookup("#morning-counts").queryAs(Label.class).getText()).isEqualTo(i18n.t("dossiers.morning.counts",
                String.valueOf(today), String.valueOf(overdue), String.valueOf(office.expected(Tab.DUE_SOON).size())));
        String todayLines = robot.lookup("#morning-today").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", String::concat);
        office.expected(Tab.TODAY).forEach(code -> assertThat(todayLines).contains(code));
        robot.type(KeyCode.ENTER);
        await().until(() -> i18n.t("dossiers.badge", String.valueOf(today), String.valueOf(overdue)).equals(badge.get()));

        // the same clerk later the same day: the badge, no summary
        first.stop();
        AtomicReference<String> again = new AtomicReference<>();
        DossierHome second = home(TestUsers.CLERK, again, javafx.util.Duration.millis(300));
        this.home = second;
        robot.interact(() -> {
            stage.getScene().setRoot(second.view());
            second.start();
        });
        await().until(() -> again.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#morning-summary").tryQuery()).isEmpty();

        // another desk withdraws a dossier due today: badge and list follow within the poll
        String gone = codeOf("Đặng Văn Hồng");
        DossierListView view = (DossierListView) robot.lookup("#area-dossiers-view").query().getProperties().get(DossierListView.class);
        await().until(() -> view.viewModel().lines().stream().anyMatch(l -> l.code().equals(gone)));
        office.context.processing().close(office.admin, gone, DossierStatus.WITHDRAWN, "Công dân rút hồ sơ");
        await().until(() -> i18n.t("dossiers.badge", String.valueOf(today - 1), String.valueOf(overdue)).equals(again.get()));
        await().until(() -> view.viewModel().lines().stream().noneMatch(l -> l.code().equals(gone)));
        assertThat(robot.lookup("#dossiers-tab-TODAY").queryAs(ToggleButton.class).getText()).endsWith("(" + (today - 1) + ")");
    }

    /** Usernames of the summary test (the list tests use fresh names, so they never get a summary). */
    static final class TestUsers {
        static final String CLERK = "hong";
    }
}
