package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.AppContext;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.Processing;
import vn.motcua.reports.dashboard.AtRisk;
import vn.motcua.reports.dashboard.Tile;
import vn.motcua.reports.dashboard.Tiles;
import vn.motcua.security.Actor;
import vn.motcua.security.PasswordHasher;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.shell.Area;

/**
 * The chair's home: a chair logs in and lands on the dashboard, whose tiles show the service's
 * numbers; the overdue tile lists exactly the overdue dossiers, Enter opens one; F5 picks up a
 * dossier that became overdue (a change the dossier watch does not see: no new dossier, no move).
 */
class DashboardShellTest extends ShellTest {
    private String late1;
    private String late2;
    private String fresh;

    @Override
    protected void prepare(Path dataDir) {
        TestOffice.initialized(dataDir).close();
        // received 40 days ago (7 working days allowed): overdue by the real clock the shell runs on
        Clock past = Clock.fixed(Instant.now().minus(Duration.ofDays(40)), ZoneOffset.UTC);
        try (AppContext context = AppContext.open(new DataDirectory(dataDir).prepare(), new PasswordHasher(1_000), past)) {
            Actor clerk = Processing.staff(context)[0];
            late1 = Processing.receive(context, clerk);
            late2 = Processing.receive(context, clerk);
        }
        try (AppContext context = TestOffice.open(dataDir)) {
            fresh = Processing.receive(context, context.users().actingAs("thu"));
        }
    }

    @Test
    void theChairLandsOnTheDashboardAndDrillsFromATileToADossier(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#username");
        robot.clickOn("#username").write("hung").type(KeyCode.TAB).write("mat-khau-9").type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#area-reports-view");
        assertThat(selectedArea(robot)).isEqualTo(Area.REPORTS);
        // the morning summary comes to everyone with dossiers late: read, closed
        ShellFixture.waitUntilVisible(robot, "#morning-summary");
        robot.targetWindow(robot.lookup("#morning-summary").query().getScene().getWindow());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedArea(robot)).isEqualTo(Area.REPORTS);

        Tiles tiles = tiles();
        assertThat(tiles.overdue()).isEqualTo(2);
        await().until(() -> text(robot, "#dashboard-tile-overdue-number").equals("2"));
        assertThat(text(robot, "#dashboard-tile-week-number")).isEqualTo(String.valueOf(tiles.dueThisWeek()));
        assertThat(text(robot, "#dashboard-tile-rate-number")).isEqualTo(percent(tiles.monthFigures().onTimeRate()));
        double points = fixture.shellServices().database().sessionFactory().fromTransaction(s ->
                fixture.shellServices().dashboard().quarterIndex(s, today()));
        await().until(() -> text(robot, "#dashboard-tile-index-number").equals(oneDecimal(points)));

        robot.clickOn("#dashboard-tile-overdue");
        ShellFixture.waitUntilVisible(robot, "#dashboard-behind");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = lines(robot).getItems().stream().map(AtRisk.Line::code).toList();
        List<String> behind = fixture.shellServices().database().sessionFactory().fromTransaction(s ->
                fixture.shellServices().dashboard().dossiers(s, Tile.OVERDUE, today(), 0, 100).codes());
        assertThat(shown).containsExactlyElementsOf(behind).containsExactlyInAnyOrder(late1, late2);
        robot.targetWindow(robot.lookup("#dashboard-behind").query().getScene().getWindow());
        robot.type(KeyCode.ENTER); // the first line is chosen
        ShellFixture.waitUntilVisible(robot, "#dossier-fact-code");
        assertThat(text(robot, "#dossier-fact-code")).isEqualTo(shown.get(0));
        assertThat(selectedArea(robot)).isEqualTo(Area.DOSSIERS);

        // back on the dashboard, the third dossier's due date passes; F5 asks again
        robot.push(KeyCode.CONTROL, KeyCode.W);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        ShellFixture.waitUntilVisible(robot, "#area-reports-view");
        Instant threeDaysAgo = WorkCalendar.toInstant(today().minusDays(3).atTime(9, 0));
        fixture.shellServices().database().sessionFactory().inTransaction(s -> s.createNativeMutationQuery(
                "update dossier set due_at = :d, open_due_at = :d where code = :c").setParameter("d", threeDaysAgo)
                .setParameter("c", fresh).executeUpdate());
        robot.interact(() -> robot.lookup("#dashboard-tile-week").query().requestFocus()); // the focus inside the dashboard
        robot.targetWindow(robot.lookup("#area-reports-view").query().getScene().getWindow());
        robot.type(KeyCode.F5);
        await().until(() -> text(robot, "#dashboard-tile-overdue-number").equals("3"));
        assertThat(tiles().overdue()).isEqualTo(3);
    }

    private Tiles tiles() {
        return fixture.shellServices().database().sessionFactory().fromTransaction(s ->
                fixture.shellServices().dashboard().tiles(s, today()));
    }

    private static LocalDate today() {
        return WorkCalendar.toLocal(Instant.now()).toLocalDate();
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : oneDecimal(rate * 100) + " %";
    }

    private static String oneDecimal(double v) {
        return new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"))).format(v);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<AtRisk.Line> lines(FxRobot robot) {
        return (TableView<AtRisk.Line>) robot.lookup("#dashboard-behind").query();
    }

    @SuppressWarnings("unchecked")
    private static Area selectedArea(FxRobot robot) {
        return ((ListView<Area>) robot.lookup("#navigation").query()).getSelectionModel().getSelectedItem();
    }
}
