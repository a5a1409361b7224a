package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.documents.ComponentRow;
import vn.motcua.ui.documents.DigitizationView;
import vn.motcua.ui.documents.DigitizationViewModel;
import vn.motcua.ui.documents.ScanFiles;
import vn.motcua.ui.documents.StagedPageItem;

/**
 * The digitization screen driven like a clerk drives it (TestFX, headless): the dossier opened
 * by its code, scans dropped on the screen, a page turned with Ctrl+R (and Ctrl+L turning it
 * back without logging out), sealed with Ctrl+S, the component's state changing on screen.
 */
class DigitizationScreenTest extends ShellTest {
    private String code;
    private Path scans;

    @Override
    protected void prepare(Path dataDir) throws Exception {
        try (AppContext context = TestOffice.initialized(dataDir)) {
            code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        }
        scans = Files.createTempDirectory("motcua-scans");
    }

    @Test
    void aDossierIsDigitizedByKeyboardAndDrop(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        ShellFixture.waitUntilVisible(robot, "#digitize-code");
        robot.clickOn("#digitize-code").write(code).type(KeyCode.ENTER);
        ListView<ComponentRow> components = robot.lookup("#digitize-components").queryListView();
        await().until(() -> !components.getItems().isEmpty());
        assertThat(robot.lookup("#digitize-title").queryAs(Label.class).getText()).startsWith(code);
        assertThat(components.getSelectionModel().getSelectedItem().code()).isEqualTo("CT01");
        assertThat(robot.lookup("Chưa số hóa").tryQuery()).isPresent();

        DigitizationView view = (DigitizationView) robot.lookup("#area-digitization-view").query().getProperties().get(DigitizationView.class);
        DigitizationViewModel vm = view.viewModel();
        File text = ScanFiles.textPage(scans.resolve("to-khai.jpg"), 1).toFile();
        File blank = ScanFiles.blankPage(scans.resolve("mat-sau.jpg"), 2).toFile();
        File notes = Files.writeString(scans.resolve("ghi-chu.txt"), "không phải bản quét").toFile();
        robot.interact(() -> view.drop(List.of(text, blank, notes)));
        await().until(() -> vm.staging().pages().size() == 2 && vm.staging().pages().stream().allMatch(p -> p.readyProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#digitize-message").queryAs(Label.class).getText()).contains("ghi-chu.txt");
        assertThat(robot.lookup("#digitize-blankWarning").queryAs(Label.class).getText())
                .isEqualTo("1 trang có vẻ trắng — kiểm tra trước khi lưu");

        ListView<StagedPageItem> strip = robot.lookup("#digitize-pages").queryListView();
        robot.clickOn(strip);
        robot.interact(() -> strip.getSelectionModel().select(0));
        StagedPageItem first = vm.staging().pages().get(0);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.rotationProperty().get()).isEqualTo(90);
        robot.push(KeyCode.CONTROL, KeyCode.L);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(first.rotationProperty().get()).isEqualTo(180);
        assertThat(fixture.shell.mainWindow()).as("Ctrl+L turned the page, it did not log out").isPresent();
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.staging().pages().get(1)).isSameAs(first);

        robot.push(KeyCode.CONTROL, KeyCode.S);
        await().until(() -> components.getItems().stream().anyMatch(r -> r.code().equals("CT01") && r.state() == ComponentRow.State.DIGITIZED));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Đã số hóa (2 trang)").tryQuery()).isPresent();
        assertThat(vm.staging().pages()).isEmpty();
        assertThat(robot.lookup("#digitize-message").queryAs(Label.class).getText())
                .isEqualTo("Đã lưu 2 trang vào thành phần CT01 của hồ sơ " + code + ".");
        assertThat(fixture.shellServices().documents().linked(code)).singleElement()
                .satisfies(d -> assertThat(d.pages()).isEqualTo(2));

        if (Boolean.getBoolean("motcua.snapshots")) {
            snapshot(robot, vm, text, blank);
        }
    }

    /** The screen at 1366×768 with pages staged, for a person to look at (/tmp/digitize.png). */
    private void snapshot(FxRobot robot, DigitizationViewModel vm, File text, File blank) throws Exception {
        File third = ScanFiles.textPage(scans.resolve("giay-xac-nhan.jpg"), 3).toFile();
        robot.interact(() -> vm.componentProperty().set(vm.components().get(Math.min(1, vm.components().size() - 1))));
        robot.interact(() -> vm.addFiles(List.of(text.toPath(), blank.toPath(), third.toPath())));
        await().until(() -> vm.staging().pages().size() == 3 && vm.staging().pages().stream().allMatch(p -> p.readyProperty().get()));
        ShellFixture.laptopWindow(robot);
        robot.interact(() -> vm.staging().selectedProperty().set(vm.staging().pages().get(0)));
        await().until(() -> vm.largeProperty().get() != null);
        Thread.sleep(300);
        FxImages.lookAt(robot, "digitize");
    }
}
