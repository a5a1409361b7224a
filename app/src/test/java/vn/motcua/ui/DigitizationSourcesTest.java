package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.storage.DataDirectory;
import vn.motcua.storage.SettingsStore;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.documents.ComponentRow;
import vn.motcua.ui.documents.ScanFiles;

/**
 * The desk's scanner sources on the digitization screen: a scan dropped into the configured hot
 * folder is filed into the selected component, and the scan button runs the scanner command
 * (here {@code cp <page> {out}}) into it; in both cases the component turns digitized on screen.
 */
class DigitizationSourcesTest extends ShellTest {
    private String code;
    private Path hotFolder;
    private Path page;

    @Override
    protected void prepare(Path dataDir) throws Exception {
        try (AppContext context = TestOffice.initialized(dataDir)) {
            code = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
        }
        hotFolder = Files.createTempDirectory("motcua-hot");
        page = ScanFiles.textPage(Files.createTempDirectory("motcua-page").resolve("trang.jpg"), 7);
        SettingsStore store = new SettingsStore(new DataDirectory(dataDir).settingsFile());
        store.save(store.load().withHotFolder(hotFolder).withScanCommand("cp '" + page + "' {out}").withOcrEnabled(false));
    }

    private ListView<ComponentRow> openDossier(FxRobot robot) {
        logInAsAdministrator(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        ShellFixture.waitUntilVisible(robot, "#digitize-code");
        robot.clickOn("#digitize-code").write(code).type(KeyCode.ENTER);
        ListView<ComponentRow> components = robot.lookup("#digitize-components").queryListView();
        await().until(() -> !components.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(components.getSelectionModel().getSelectedItem().code()).isEqualTo("CT01");
        assertThat(components.getSelectionModel().getSelectedItem().state()).isEqualTo(ComponentRow.State.NOT_YET);
        return components;
    }

    private static boolean digitized(ListView<ComponentRow> components) {
        return components.getItems().stream().anyMatch(r -> r.code().equals("CT01") && r.state() == ComponentRow.State.DIGITIZED);
    }

    @Test
    void aScanDroppedInTheHotFolderIsFiledIntoTheSelectedComponent(FxRobot robot) throws Exception {
        ListView<ComponentRow> components = openDossier(robot);
        assertThat(robot.lookup("#digitize-ocr").queryAs(Label.class).getText())
                .isEqualTo("Nhận dạng chữ (OCR) đã tắt trong phần Cài đặt của máy này.");

        Path partial = hotFolder.resolve("scan-001.jpg.part");
        Files.copy(page, partial);
        Files.move(partial, hotFolder.resolve("scan-001.jpg"));

        await().until(() -> digitized(components));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Đã số hóa (1 trang)").tryQuery()).isPresent();
        await().until(() -> robot.lookup("#digitize-status").queryAs(Label.class).getText()
                .equals("Đã nhận tệp scan-001.jpg vào thành phần CT01 của hồ sơ " + code + " (1 trang)."));
        assertThat(fixture.shellServices().documents().linked(code)).singleElement()
                .satisfies(d -> assertThat(d.componentCode()).isEqualTo("CT01"));
        assertThat(hotFolder.resolve("scan-001.jpg")).doesNotExist();
        assertThat(hotFolder.resolve(".motcua/done")).isDirectoryContaining(p -> p.getFileName().toString().startsWith("scan-001"));
    }

    @Test
    void theScanButtonRunsTheScannerCommandIntoTheSelectedComponent(FxRobot robot) {
        ListView<ComponentRow> components = openDossier(robot);
        Button scan = robot.lookup("#digitize-scan").queryButton();
        assertThat(scan.isDisabled()).isFalse();

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);

        await().until(() -> digitized(components));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Đã số hóa (1 trang)").tryQuery()).isPresent();
        assertThat(robot.lookup("#digitize-message").queryAs(Label.class).getText())
                .startsWith("Đã nhận tệp scan-").endsWith("vào thành phần CT01 của hồ sơ " + code + " (1 trang).");
        assertThat(fixture.shellServices().documents().linked(code)).singleElement()
                .satisfies(d -> assertThat(d.pages()).isEqualTo(1));
        assertThat(fixture.dataDir.resolve("scans/done")).isNotEmptyDirectory();
        assertThat(page).exists(); // the command copied it; the fixture itself stays
    }
}
