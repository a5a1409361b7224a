package vn.motcua.ui.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.calendar.Verdict;
import vn.motcua.common.Language;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStory;
import vn.motcua.dossier.HandOverStep;
import vn.motcua.dossier.Intakes;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.FxBackgroundRunner;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;
import vn.motcua.signing.DossierSigning;
import vn.motcua.signing.SignatureVerifier;
import vn.motcua.signing.TestCa;

/**
 * The chair signs a dossier's apology letter from its view by keyboard (Ctrl+Shift+K, the key
 * file's path and password): the signed letter is listed with the signer and time; a wrong
 * password is answered in words and signs nothing.
 */
@ExtendWith(ApplicationExtension.class)
class DossierSignScreenTest {
    @TempDir
    Path dir;
    private DossierDeskFixture office;
    private FxBackgroundRunner runner;
    private Stage stage;
    private final I18n i18n = new I18n(Language.VI);
    private DossierView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 1200, 760));
        stage.show();
    }

    @BeforeEach
    void office() {
        office = new DossierDeskFixture(dir);
        runner = new FxBackgroundRunner(1);
    }

    @AfterEach
    void closeAll(FxRobot robot) {
        if (view != null) {
            robot.interact(view::close);
        }
        runner.close();
        office.close();
    }

    private DossierView show(FxRobot robot, String code) {
        office.desk.load(code); // fails loudly here rather than as a message on screen
        Ui ui = new Ui(i18n, new DialogService(i18n, () -> stage), runner, new ErrorReporter());
        robot.interact(() -> {
            view = DossierView.open(office.desk, ui, new DossierChanges(), office.opener, code);
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(view.root());
        });
        await().until(() -> view.viewModel().snapshotProperty().get() != null);
        robot.clickOn("#dossier-timeline");
        return view;
    }

    /** Back to the main window once a dialog has closed. */
    private void main(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(stage);
    }

    private DossierStory story(String code) {
        return office.context.dossierQuery().story(code);
    }

    private static void waitFor(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup(query).query().getScene().getWindow());
    }

    private void sign(FxRobot robot, Path key, String password) {
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.K);
        waitFor(robot, "#dossier-sign-dialog");
        assertThat(robot.lookup("#dossier-sign-what").queryComboBox().getItems()).containsExactly(DossierSigning.What.FORM_04);
        robot.write(password).push(KeyCode.SHIFT, KeyCode.TAB);
        robot.lookup("#dossier-sign-path").queryAs(TextField.class).clear();
        robot.write(key.toString()).type(KeyCode.ENTER);
        main(robot);
        await().until(() -> !view.viewModel().busyProperty().get() && robot.lookup("#dossier-sign-dialog").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theChairSignsTheApologyLetterFromTheView(FxRobot robot) throws Exception {
        String code = office.receive(Intakes.RESIDENCE);
        office.context.processing().extend(office.clerk, code, 2, "Chờ xác minh nơi cư trú");
        Path key = new TestCa().signer().pkcs12(dir.resolve("chu-tich.p12"), "mat-khau");
        show(robot, code);
        assertThat(view.viewModel().actions()).contains(DossierAction.SIGN);

        sign(robot, key, "sai-mat-khau");
        assertThat(robot.lookup("#dossier-message").queryAs(Label.class).getText()).contains("chu-tich.p12");
        assertThat(office.context.dossierQuery().signatures(story(code).dossier().id())).isEmpty();

        sign(robot, key, "mat-khau");
        await().until(() -> office.context.dossierQuery().signatures(story(code).dossier().id()).size() == 1);
        await().until(() -> view.viewModel().documents().stream().anyMatch(l -> l.contains("Ký số: " + TestCa.SIGNER_NAME)));
        assertThat(robot.lookup("#dossier-message").queryAs(Label.class).getText()).isEqualTo("Đã ký số văn bản của hồ sơ " + code + ".");
        var signature = office.context.dossierQuery().signatures(story(code).dossier().id()).get(0);
        assertThat(signature.what()).isEqualTo("04");
        assertThat(SignatureVerifier.verify(office.context.documents().store().pathOf(signature.documentSha256())))
                .singleElement().satisfies(r -> assertThat(r.valid()).isTrue());
    }
}
