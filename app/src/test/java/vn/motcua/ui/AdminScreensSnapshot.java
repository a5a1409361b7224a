package vn.motcua.ui;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxRobot;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.office.BankAccount;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.admin.AdminFiles;
import vn.motcua.ui.admin.CatalogViewModel;
import vn.motcua.ui.admin.StatementViewModel;

/**
 * Pictures of the admin tabs at 1366×768 (the commune laptop) to look at, not a check:
 * {@code -Dmotcua.snapshots=true} writes them to /tmp/admin-*.png.
 */
@EnabledIfSystemProperty(named = "motcua.snapshots", matches = "true")
class AdminScreensSnapshot extends ShellTest {
    @Override
    protected void prepare(Path dataDir) {
        TestOffice.initialized(dataDir).close();
    }

    @Test
    void snapshots(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        // the desk's own services, before the admin area reads them
        AppContext services = fixture.shellServices();
        services.office().configure(Actor.SYSTEM, OfficeSettings.none().withBank(new BankAccount("970436", "0011004455667", "Vietcombank")));
        String paid = services.intake().receive(Actor.SYSTEM, Intakes.accept(services, Intakes.RESIDENCE)).code();
        String other = services.intake().receive(Actor.SYSTEM, Intakes.accept(services, Intakes.RESIDENCE)).code();
        long due = services.fees().qr(paid).amount();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        ShellFixture.waitUntilVisible(robot, "#calendarGrid");
        ShellFixture.laptopWindow(robot);

        select(robot, "tab-catalog");
        ShellFixture.waitUntilVisible(robot, "#catalogTable");
        await().until(() -> !robot.lookup("#catalogInForce").queryAs(Label.class).getText().isEmpty());
        FxImages.lookAt(robot, "admin-catalog");
        Path file = AdminFiles.provincialCatalogue(Files.createTempDirectory("motcua-snap"), "2026.1",
                services.catalog().current().procedures());
        CatalogViewModel cvm = (CatalogViewModel) robot.lookup("#catalogView").query().getProperties().get(CatalogViewModel.class);
        robot.interact(() -> cvm.importFile(file));
        ShellFixture.waitUntilVisible(robot, "#catalogDiff");
        FxImages.lookAt(robot, "admin-catalog-diff");

        select(robot, "tab-office");
        ShellFixture.waitUntilVisible(robot, "#officeBankBin");
        robot.interact(() -> {
            robot.lookup("#officeBankBin").queryAs(javafx.scene.control.TextField.class).setText("97043");
            robot.lookup("#officeSave").queryAs(javafx.scene.control.Button.class).fire();
        });
        await().until(() -> !robot.lookup("#officeMessage").queryAs(Label.class).getText().isEmpty());
        FxImages.lookAt(robot, "admin-office");

        select(robot, "tab-statement");
        ShellFixture.waitUntilVisible(robot, "#statementChoose");
        Path csv = AdminFiles.statement(Files.createTempDirectory("motcua-snap"), paid, due, other);
        StatementViewModel svm = (StatementViewModel) robot.lookup("#statementView").query().getProperties().get(StatementViewModel.class);
        robot.interact(() -> svm.importFile(csv));
        await().until(() -> !robot.lookup("#statementSummary").queryAs(Label.class).getText().isEmpty());
        FxImages.lookAt(robot, "admin-statement");
    }

    /** Selected in code: after the resize the robot's screen coordinates no longer match headless Monocle's. */
    private static void select(FxRobot robot, String tabId) {
        javafx.scene.control.TabPane tabs = robot.lookup("#area-admin-view").queryAs(javafx.scene.control.TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
    }
}
