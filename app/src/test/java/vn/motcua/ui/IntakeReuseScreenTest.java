package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.AppContext;
import vn.motcua.documents.DossierDocument;
import vn.motcua.dossier.Intakes;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/**
 * A returning applicant at the intake screen (TestFX, headless): once the ID number and the
 * procedure are typed, the earlier scan shows as a check box under its component, Space ticks
 * it, and the saved dossier has the scan linked as reused.
 */
class IntakeReuseScreenTest extends ShellTest {
    private String earlier;

    @Override
    protected void prepare(Path dataDir) throws Exception {
        try (AppContext context = TestOffice.initialized(dataDir)) {
            earlier = context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
            Random r = new Random(5);
            BufferedImage img = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
            for (int i = 0; i < 3000; i++) {
                img.setRGB(r.nextInt(120), r.nextInt(160), r.nextInt(0xFFFFFF));
            }
            Path page = Files.createTempFile(dataDir.getParent(), "cho", ".jpg");
            ImageIO.write(img, "jpg", page.toFile());
            context.documents().importFiles(Actor.SYSTEM, earlier, "CHO", List.of(page));
        }
    }

    @Test
    void theEarlierScanIsOfferedTickedBySpaceAndLinkedOnSave(FxRobot robot) {
        logInAsAdministrator(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2); // the dossier list is the home screen; intake is Ctrl+2
        ShellFixture.waitUntilVisible(robot, "#intake-procedure");
        await().until(() -> !robot.lookup("#intake-save").query().isDisabled());
        tabUntil(robot, "intake-procedure");
        robot.write(Intakes.RESIDENCE).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        CheckBox offer = robot.lookup("#intake-reuse-CHO").queryAs(CheckBox.class);
        assertThat(offer.isVisible()).as("no ID number yet").isFalse();

        tabUntil(robot, "intake-fullName");
        robot.write(Intakes.applicant().fullName()).type(KeyCode.ENTER).write(Intakes.applicant().idNumber()).type(KeyCode.ENTER);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            return offer.isVisible();
        });
        assertThat(offer.getText()).startsWith("Đã có bản số hóa ngày ").contains("(hồ sơ " + earlier + ")").endsWith("dùng lại");
        assertThat(offer.isSelected()).isFalse();
        assertThat(robot.lookup("#intake-reuse-CT01").queryAs(CheckBox.class).isVisible()).isFalse();

        tabUntil(robot, "intake-reuse-CHO");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(offer.isSelected()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#intake-code");
        String code = robot.lookup("#intake-code").queryAs(Label.class).getText();
        await().atMost(Duration.ofSeconds(30)).until(() -> !fixture.shellServices().documents().linked(code).isEmpty());
        DossierDocument linked = fixture.shellServices().documents().linked(code).get(0);
        assertThat(linked.componentCode()).isEqualTo("CHO");
        assertThat(linked.reused()).isTrue();
    }

    private static void tabUntil(FxRobot robot, String id) {
        for (int i = 0; i < 40 && !id.equals(focusedId(robot)); i++) {
            robot.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(focusedId(robot)).isEqualTo(id);
    }

    private static String focusedId(FxRobot robot) {
        Node owner = robot.lookup("#mainWindow").query().getScene().getFocusOwner();
        while (owner != null && owner.getId() == null) {
            owner = owner.getParent();
        }
        return owner == null ? null : owner.getId();
    }
}
