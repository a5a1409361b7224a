package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.AppContext;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.Processing;
import vn.motcua.security.Actor;
import vn.motcua.sync.SyncProblem;
import vn.motcua.sync.sandbox.PortalHarness;
import vn.motcua.sync.sandbox.SandboxClient;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.shell.Area;

/**
 * The sync as a clerk sees it, against the real sandbox portal over HTTP: the background sync
 * starts at log-in, the status bar follows the line and the queue, "Đồng bộ ngay" (F9) sends what
 * waits, a portal decision that refuses the desk's move is listed with both values side by side
 * and set aside with a reason, and a desk with no portal yet is configured from the panel.
 */
class SyncPanelShellTest extends SyncShellTest {
    @Override
    protected boolean configured() {
        return true;
    }

    @Test
    void theBackgroundSyncSendsWhatWaitedAndTheStatusBarFollowsTheLineDownAndUpAgain(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        // the background sync started at log-in: the two dossiers received before reach the portal by themselves
        await().until(() -> SandboxClient.of(portal.url()).dossiers().size() == 2);
        awaitStatusBar(robot, t("status.line.queue", t("status.line.up"), "0"));

        robot.clickOn("#statusLine"); // the line in the status bar opens the panel
        ShellFixture.waitUntilVisible(robot, "#area-sync-view");
        assertThat(selectedArea(robot)).isEqualTo(Area.SYNC);
        await().until(() -> text(robot, "#syncQueue").equals(t("syncPanel.tile.queueValue", "0")));
        assertThat(text(robot, "#syncLastPush")).isNotEqualTo(t("syncPanel.never"));
        assertThat(text(robot, "#syncLine")).startsWith(t("sync.status.line.UP", "").substring(0, 12));

        // the line drops; the clerk keeps receiving, and F9 says at once that the portal cannot be reached
        portal.stop();
        Processing.receive(fixture.shellServices(), Actor.SYSTEM);
        robot.type(KeyCode.F9);
        await().until(() -> text(robot, "#statusLine").startsWith(t("status.line.down", "").substring(0, 10)));
        await().until(() -> text(robot, "#syncQueue").equals(t("syncPanel.tile.queueValue", "1")));
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getStyleClass()).contains("danger");
        assertThat(text(robot, "#syncOldest")).isNotEqualTo("—");

        // the line is back: "sync now" from the panel's button sends the waiting dossier, once
        portal.startAgain();
        robot.clickOn("#syncNow");
        await().until(() -> SandboxClient.of(portal.url()).dossiers().size() == 3);
        awaitStatusBar(robot, t("status.line.queue", t("status.line.up"), "0"));
        assertThat(robot.lookup("#statusLine").queryAs(Label.class).getStyleClass()).doesNotContain("danger");
    }

    @Test
    void aWithdrawalOnThePortalIsListedSideBySideAndSetAsideWithAReason(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        await().until(() -> SandboxClient.of(portal.url()).dossiers().size() == 2);
        AppContext desk = fixture.shellServices();
        UUID id = desk.dossierQuery().story(second).dossier().id();
        SandboxClient.of(portal.url()).withdraw(id, "Công dân rút hồ sơ trên Cổng");
        desk.processing().handOver(desk.users().actingAs(TestOffice.ADMIN), second, new HandOver(null, "Phòng Tư pháp", null, "chuyển"));
        robot.type(KeyCode.F9);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        ShellFixture.waitUntilVisible(robot, "#area-sync-view");
        TableView<SyncProblem> table = robot.lookup("#syncProblems").queryTableView();
        await().until(() -> table.getItems().size() == 1);
        awaitStatusBar(robot, t("status.line.attention", t("status.line.queue", t("status.line.up"), "0"), "1"));

        robot.clickOn(second); // the dossier code in the list
        ShellFixture.waitUntilVisible(robot, "#syncSides");
        assertThat(text(robot, "#syncProblemTitle")).contains(second);
        assertThat(text(robot, "#syncDeskValue-TrangThaiHoSo")).contains("(4)");
        assertThat(text(robot, "#syncPortalValue-TrangThaiHoSo")).contains("(7)");
        assertThat(robot.lookup("#syncResend").tryQuery()).isEmpty(); // resending would be refused again: not offered

        robot.clickOn("#syncSetAside");
        ShellFixture.waitUntilVisible(robot, "#syncSetAsideNote");
        robot.clickOn("#syncSetAsideNote").write("Công dân đã rút hồ sơ trên Cổng");
        robot.clickOn(t("syncPanel.setAside.confirm"));
        await().until(() -> table.getItems().isEmpty());
        await().until(() -> text(robot, "#syncInfo").equals(t("syncPanel.done.setAside")));
        awaitStatusBar(robot, t("status.line.queue", t("status.line.up"), "0"));
        assertThat(desk.dossierQuery().story(second).dossier().status().code()).isEqualTo(7);
    }


    @Test
    void aDueDateTheProvinceRecomputedIsAnnouncedUntilTheClerkHasSeenIt(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        await().until(() -> SandboxClient.of(portal.url()).dossiers().size() == 2);
        AppContext desk = fixture.shellServices();
        UUID id = desk.dossierQuery().story(first).dossier().id();
        com.fasterxml.jackson.databind.node.ObjectNode change = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        change.put("NgayHenTra", "20261230170000");
        SandboxClient.of(portal.url()).edit(id, change);
        robot.type(KeyCode.F9);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        ShellFixture.waitUntilVisible(robot, "#syncNotices");
        javafx.scene.control.ListView<?> list = robot.lookup("#syncNotices").queryListView();
        await().until(() -> list.getItems().size() == 1);
        await().until(() -> text(robot, "#statusLine").endsWith(t("status.line.notices", "", "1").substring(3)));
        // the cell is laid out on a later pulse than the item arrives
        await().until(() -> robot.lookup("#syncNotices .list-cell .label").tryQuery().isPresent());
        String shown = robot.lookup("#syncNotices .list-cell .label").queryAs(Label.class).getText();
        assertThat(shown).contains(first).contains("17:00 30/12/2026"); // both dates in the sentence, the new one as the portal set it
        assertThat(desk.dossierQuery().story(first).dossier().dueAt()).isEqualTo(
                java.time.LocalDateTime.of(2026, 12, 30, 17, 0).atZone(vn.motcua.calendar.WorkCalendar.ZONE).toInstant());

        robot.clickOn("#syncNoticeSeen-0");
        await().until(() -> list.getItems().isEmpty());
        assertThat(robot.lookup("#syncNoticePane").query().isVisible()).isFalse();
        awaitStatusBar(robot, t("status.line.queue", t("status.line.up"), "0"));
        assertThat(desk.syncNotices().openCount()).isZero();
    }

    @Test
    void daysWithoutALineTheWaitingWorkGoesOnAUsbStickAndTheReceiptComesBackWithoutDuplicates(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        await().until(() -> SandboxClient.of(portal.url()).dossiers().size() == 2);
        portal.stop(); // the line is down for days
        AppContext desk = fixture.shellServices();
        String third = Processing.receive(desk, Actor.SYSTEM);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        ShellFixture.waitUntilVisible(robot, "#area-sync-view");
        vn.motcua.ui.sync.SyncPanelViewModel vm = (vn.motcua.ui.sync.SyncPanelViewModel) robot.lookup("#area-sync-view").query()
                .getProperties().get(vn.motcua.ui.sync.SyncPanelViewModel.class);
        Path usb = java.nio.file.Files.createDirectories(fixture.dataDir.resolveSibling(fixture.dataDir.getFileName() + "-usb"));
        Path bundle = usb.resolve("motcua.bundle.json");
        robot.interact(() -> vm.exportBundle(bundle)); // the native save dialog cannot be driven: the view model gets the path
        await().until(() -> text(robot, "#syncInfo").startsWith(t("sync.bundle.exported", bundle.toString(), "1", "0", "", "")
                .substring(0, 20)));
        assertThat(text(robot, "#syncInfo")).contains(bundle.toString());
        assertThat(bundle).isRegularFile();

        // at the district office: the portal applies the bundle and gives an acknowledgement back
        portal.startAgain();
        SandboxClient.Reply reply = SandboxClient.of(portal.url()).applyBundle(java.nio.file.Files.readAllBytes(bundle));
        assertThat(reply.status()).isEqualTo(200);
        Path ack = usb.resolve("motcua.ack.json");
        java.nio.file.Files.writeString(ack, reply.body().toString());
        robot.interact(() -> vm.importAck(ack));
        await().until(() -> text(robot, "#syncInfo").contains(reply.body().path("bundleSha256").asText()));
        robot.type(KeyCode.F9);
        awaitStatusBar(robot, t("status.line.queue", t("status.line.up"), "0"));
        com.fasterxml.jackson.databind.JsonNode held = SandboxClient.of(portal.url()).dossiers();
        assertThat(held).hasSize(3); // the carried dossier once, whether the ack or the line came first
        assertThat(held.findValuesAsText("MaHoSo")).containsOnlyOnce(third);
        assertThat(desk.syncProblems().count()).isZero();
    }
}
