package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.office.BankAccount;
import vn.motcua.office.Numbering;
import vn.motcua.office.Office;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.admin.AdminFiles;
import vn.motcua.ui.admin.CatalogViewModel;
import vn.motcua.ui.admin.ProcedureRow;
import vn.motcua.ui.admin.StatementRow;
import vn.motcua.ui.admin.StatementViewModel;

/**
 * The administrator's catalogue, office details and bank statement tabs, driven in the real
 * desk. The native file dialog is the one thing skipped: the test hands the screen's view model
 * a real file, as the dialog would.
 */
class AdminScreensTest extends ShellTest {
    @Override
    protected void prepare(Path dataDir) {
        TestOffice.initialized(dataDir).close();
    }

    @Test
    void aProvinceCatalogueIsCheckedThenAppliedAndABrokenOneChangesNothing(FxRobot robot) throws Exception {
        openAdminTab(robot, "admin.tab.catalog", "#catalogTable");
        AppContext services = fixture.shellServices();
        String before = services.catalog().current().version();
        TableView<ProcedureRow> table = table(robot, "#catalogTable");
        await().until(() -> table.getItems().size() == services.catalog().current().procedures().size());

        robot.clickOn("#catalogFilter").write("chung thuc");
        await().until(() -> table.getItems().stream().allMatch(r -> r.field().contains("Chứng thực") || r.name().contains("hứng thực")));
        robot.type(KeyCode.ESCAPE);

        Path broken = Files.writeString(fixture.dataDir.resolveSibling(fixture.dataDir.getFileName() + "-hong.json"), "{\"procedures\": [");
        robot.interact(() -> catalogVm(robot).importFile(broken));
        await().until(() -> !text(robot, "#catalogMessage").isEmpty());
        assertThat(robot.lookup("#catalogDiff").query().isVisible()).isFalse();
        assertThat(services.catalog().current().version()).isEqualTo(before);

        Path file = AdminFiles.provincialCatalogue(fixture.dataDir.getParent(), "2026.1-" + System.nanoTime(),
                services.catalog().current().procedures());
        robot.interact(() -> catalogVm(robot).importFile(file));
        ShellFixture.waitUntilVisible(robot, "#catalogDiff");
        assertThat(list(robot, "#catalogAdded").getItems()).singleElement().asString().contains(AdminFiles.ADDED_NAME);
        assertThat(list(robot, "#catalogChanged").getItems()).first().asString().contains(AdminFiles.CHANGED_CODE);
        assertThat(list(robot, "#catalogRemoved").getItems()).isEmpty();
        assertThat(robot.lookup("#catalogBrowse").query().isVisible()).as("the difference takes the table's place").isFalse();
        assertThat(services.catalog().current().version()).isEqualTo(before);

        robot.clickOn("#catalogApply");
        await().until(() -> text(robot, "#catalogMessage").startsWith("Đã áp dụng"));
        assertThat(services.catalog().current().version()).isNotEqualTo(before).startsWith("2026.1-");
        ShellFixture.waitUntilVisible(robot, "#catalogBrowse");
        await().until(() -> table.getItems().stream().anyMatch(r -> r.code().equals(AdminFiles.ADDED_CODE)));
        assertThat(text(robot, "#catalogInForce")).contains(services.catalog().current().version());
    }

    @Test
    void theOfficeDetailsSaveABankAccountAndARangeAndAWrongBinSavesNothing(FxRobot robot) {
        openAdminTab(robot, "admin.tab.office", "#officeBankBin");
        AppContext services = fixture.shellServices();
        await().until(() -> TestOffice.AGENCY.equals(text(robot, "#officeAgency")));

        replace(robot, "#officeBankBin", "97043");
        replace(robot, "#officeBankAccount", "0011004455667");
        replace(robot, "#officeBankName", "Vietcombank").type(KeyCode.ENTER);
        await().until(() -> text(robot, "#officeMessage").contains("97043"));
        assertThat(office(services).bankAccount()).isEmpty();

        replace(robot, "#officeBankBin", "970436");
        // by keyboard, as a clerk would: the choice lies below the window's edge until the form follows the focus
        robot.interact(() -> robot.lookup("#officeNumberingRange").query().requestFocus());
        robot.type(KeyCode.SPACE);
        replace(robot, "#officeRangeFrom", "0001");
        replace(robot, "#officeRangeTo", "4999").type(KeyCode.ENTER);
        await().until(() -> text(robot, "#officeMessage").equals(fixture.shell.i18n().t("adminOffice.saved")));
        assertThat(office(services).bankAccount()).contains(new BankAccount("970436", "0011004455667", "Vietcombank"));
        assertThat(office(services).numbering()).isEqualTo(Numbering.range(1, 4999));
    }

    @Test
    void aStatementLineWithTheDossierCodeMarksItPaid(FxRobot robot) throws Exception {
        AppContext services = fixture.shellServices();
        services.office().configure(Actor.SYSTEM, OfficeSettings.none().withBank(new BankAccount("970436", "0011004455667", null)));
        String paid = services.intake().receive(Actor.SYSTEM, Intakes.accept(services, Intakes.RESIDENCE)).code();
        String other = services.intake().receive(Actor.SYSTEM, Intakes.accept(services, Intakes.RESIDENCE)).code();
        long due = services.fees().qr(paid).amount();
        Path csv = AdminFiles.statement(Files.createTempDirectory("motcua-statement"), paid, due, other);

        openAdminTab(robot, "admin.tab.statement", "#statementChoose");
        StatementViewModel vm = (StatementViewModel) robot.lookup("#statementView").query().getProperties().get(StatementViewModel.class);
        robot.interact(() -> vm.importFile(csv));
        await().until(() -> !text(robot, "#statementSummary").isEmpty());
        TableView<StatementRow> paidTable = table(robot, "#statementPaid");
        assertThat(paidTable.getItems()).extracting(StatementRow::code).containsExactly(paid);
        assertThat(AdminScreensTest.<StatementRow>table(robot, "#statementWrongAmount").getItems()).extracting(StatementRow::code).containsExactly(other);
        assertThat(AdminScreensTest.<StatementRow>table(robot, "#statementUnmatched").getItems()).hasSize(1);
        assertThat(text(robot, "#statementSummary")).isEqualTo(fixture.shell.i18n().t("fees.statement.summary", 1, 1, 1));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.fees().qr(paid))
                .isInstanceOf(vn.motcua.common.UserFacingException.class);
        assertThat(services.fees().qr(other).amount()).isEqualTo(due);
    }

    private void openAdminTab(FxRobot robot, String tabKey, String waitFor) {
        logInAsAdministrator(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        ShellFixture.waitUntilVisible(robot, "#calendarGrid");
        robot.clickOn(fixture.shell.i18n().t(tabKey));
        ShellFixture.waitUntilVisible(robot, waitFor);
    }

    private static Office office(AppContext services) {
        return services.office().current().orElseThrow();
    }

    private static CatalogViewModel catalogVm(FxRobot robot) {
        return (CatalogViewModel) robot.lookup("#catalogView").query().getProperties().get(CatalogViewModel.class);
    }

    private static FxRobot replace(FxRobot robot, String id, String value) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.interact(f::requestFocus); // the form scrolls to the focused field (a long form on a small screen)
        robot.clickOn(f).push(KeyCode.CONTROL, KeyCode.A).write(value);
        WaitForAsyncUtils.waitForFxEvents();
        return robot;
    }

    private static String text(FxRobot robot, String id) {
        Label l = robot.lookup(id).queryAs(Label.class);
        return l.getText() == null ? "" : l.getText();
    }

    @SuppressWarnings("unchecked")
    private static <R> TableView<R> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ListView<String> list(FxRobot robot, String id) {
        Node n = robot.lookup(id).query();
        return (ListView<String>) n;
    }
}
