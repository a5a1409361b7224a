package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditFilter;
import vn.motcua.security.NewUser;
import vn.motcua.security.Role;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.admin.AuditRow;
import vn.motcua.ui.admin.AuditView;

/**
 * Nhật ký in the real desk: the administrator sees the trail (the clerk's receipt and view in
 * words), narrows it to one user by typing and Enter, and exports it to a CSV; a clerk's admin
 * area has no such tab.
 */
class AdminAuditScreenTest extends ShellTest {
    String code;

    @Override
    protected void prepare(Path dataDir) {
        try (AppContext context = TestOffice.initialized(dataDir)) {
            Actor lan = context.users().add(Actor.SYSTEM, new NewUser("lan", "Phạm Thị Lan", "mat-khau-lan".toCharArray(),
                    Set.of(Role.CLERK))).asActor();
            code = context.intake().receive(lan, Intakes.accept(context, Intakes.RESIDENCE)).code();
            context.dossierQuery().open(lan, code);
        }
    }

    @Test
    void theAdministratorFiltersAndExportsTheTrail(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        assertThat(openAdminTab(robot, "tab-audit")).isEqualTo("Nhật ký");
        ShellFixture.waitUntilVisible(robot, "#auditTable");
        TableView<AuditRow> table = robot.lookup("#auditTable").queryTableView();
        await().until(() -> table.getItems().stream().anyMatch(r -> r.user().equals("lan")));
        assertThat(table.getItems()).extracting(AuditRow::user).contains("lan", TestOffice.ADMIN);
        assertThat(table.getItems()).anySatisfy(r -> {
            assertThat(r.action()).isEqualTo("Xem hồ sơ");
            assertThat(r.subject()).isEqualTo(code);
            assertThat(r.time()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        });

        robot.clickOn("#auditUser").write("lan").type(KeyCode.ENTER);
        await().until(() -> !table.getItems().isEmpty() && table.getItems().stream().allMatch(r -> r.user().equals("lan")));
        assertThat(table.getItems()).extracting(AuditRow::action).containsExactly("Xem hồ sơ", "Tiếp nhận hồ sơ");
        assertThat(robot.lookup("#auditPage").queryAs(Label.class).getText()).contains("1–2").contains("2");

        Path out = Files.createTempDirectory("motcua-audit").resolve("nhat-ky.csv");
        AuditView view = (AuditView) robot.lookup("#auditView").query().getProperties().get(AuditView.class);
        robot.interact(() -> view.setSaveAs(owner -> Optional.of(out)));
        robot.clickOn("#auditExport");
        await().until(() -> Files.exists(out));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",lan,DOSSIER_VIEW,").contains(code);
        await().until(() -> robot.lookup("#auditMessage").queryAs(Label.class).getText().contains(out.toString()));
        AppContext services = fixture.shellServices();
        assertThat(services.auditQuery().page(Actor.SYSTEM, new AuditFilter(null, null, TestOffice.ADMIN, "AUDIT_EXPORT", null), 0, 5)
                .lines()).singleElement().satisfies(l -> assertThat(l.detail()).contains("user=lan"));
    }

    @Test
    void aClerkHasNoAuditTab(FxRobot robot) {
        ShellFixture.waitUntilVisible(robot, "#username");
        robot.clickOn("#username").write("lan").type(KeyCode.TAB).write("mat-khau-lan").type(KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#navigation");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        ShellFixture.waitUntilVisible(robot, "#calendarGrid");
        TabPane tabs = robot.lookup("#" + vn.motcua.ui.shell.Area.ADMIN.id() + "-view").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(t -> t.getId()).contains("tab-calendar").doesNotContain("tab-audit", "tab-backup");
        assertThat(robot.lookup("#auditTable").tryQuery()).isEmpty();
    }
}
