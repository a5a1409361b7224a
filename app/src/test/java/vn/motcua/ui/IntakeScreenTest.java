package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import vn.motcua.AppContext;
import vn.motcua.dossier.FeeState;
import vn.motcua.office.BankAccount;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.ProcedureIndex;
import vn.motcua.citizen.Sex;
import vn.motcua.dossier.Dossier;
import vn.motcua.testing.TestOffice;

/**
 * The intake screen driven like a clerk drives it (TestFX, headless): a whole dossier by
 * keyboard, a wrong ID refused under its field, the draft back after the desk went down, and
 * a chip card scanned into the phone field. Lives beside {@link ShellTest} to start the real shell.
 */
class IntakeScreenTest extends ShellTest {
    static final String CARD = "036190012345|123456789|Đặng Thị Hoa|17051990|Nữ|Thôn Đông, xã Vụ Bản, Nam Định|01022022";

    @Override
    protected void prepare(Path dataDir) {
        TestOffice.initialized(dataDir).close();
    }

    @Test
    void aWholeDossierByKeyboardOnly(FxRobot robot) {
        openIntake(robot);
        robot.write("chung thuc");
        WaitForAsyncUtils.waitForFxEvents();
        List<Procedure> expected = ProcedureIndex.of(fixture.shellServices().catalog().current().procedures()).search("chung thuc", 12);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        Procedure chosen = expected.get(1);
        assertThat(text(robot, "#intake-procedure")).startsWith(chosen.code());
        tabUntil(robot, "intake-fullName");
        robot.write("Đặng Thị Hoa").type(KeyCode.ENTER)
                .write("036190012345").type(KeyCode.ENTER)
                .write("17/05/1990").type(KeyCode.ENTER);
        assertThat(focusedId(robot)).isEqualTo("intake-sex");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup("#intake-sex").queryAs(ComboBox.class).getValue() != Sex.FEMALE) {
            robot.type(KeyCode.DOWN);
        }
        robot.type(KeyCode.ENTER).write("Thôn Đông, xã Vụ Bản, Nam Định").type(KeyCode.ENTER).write("0912345678");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#intake-sex").queryAs(ComboBox.class).getValue()).isEqualTo(Sex.FEMALE);
        assertThat(text(robot, "#intake-summary")).contains("Đặng Thị Hoa").contains(chosen.code());
        assertThat(text(robot, "#intake-due")).startsWith("Hẹn trả dự kiến: ");

        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#intake-code");
        String code = text(robot, "#intake-code");
        Dossier saved = fixture.shellServices().dossiers().byCode(code).orElseThrow();
        assertThat(saved.procedureCode()).isEqualTo(chosen.code());
        assertThat(saved.applicant().fullName()).isEqualTo("Đặng Thị Hoa");
        assertThat(saved.applicant().idNumber()).isEqualTo("036190012345");
        assertThat(code).startsWith(TestOffice.AGENCY + "-");
        await().until(() -> robot.lookup("#intake-preview").queryAs(ImageView.class).getImage() != null);
        assertThat(focusedId(robot)).as("Enter prints").isEqualTo("intake-print");
        assertThat(Files.exists(draftFile())).as("the draft goes once the dossier is saved").isFalse();
    }

    @Test
    void aWrongIdIsExplainedUnderTheFieldAndNothingIsSaved(FxRobot robot) {
        openIntake(robot);
        robot.write("2.000815").type(KeyCode.ENTER);
        tabUntil(robot, "intake-fullName");
        robot.write("Đặng Thị Hoa").type(KeyCode.ENTER).write("03619001234");
        WaitForAsyncUtils.waitForFxEvents();
        Label problem = robot.lookup("#intake-idNumber-problem").queryAs(Label.class);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Số định danh cá nhân có 11 chữ số: hãy nhập đủ 12 chữ số in trên thẻ căn cước"
                + " (hoặc 9 chữ số của chứng minh nhân dân cũ).");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#intake-message")).isEqualTo(fixture.shell.i18n().t("intake.applicant.fix"));
        assertThat(dossierCount()).isZero();
        assertThat(robot.lookup("#intake-code").tryQuery()).isEmpty();
    }

    @Test
    void theDraftComesBackAfterTheDeskWentDown(FxRobot robot) throws Exception {
        openIntake(robot);
        robot.write("2.000815").type(KeyCode.ENTER);
        tabUntil(robot, "intake-fullName");
        robot.write("Trần Văn Bình").type(KeyCode.ENTER).write("036085001234");
        await().until(() -> Files.exists(draftFile()) && draftText().contains("036085001234"));
        assertThat(new String(Files.readAllBytes(draftFile()), java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("the draft is sealed on disk").doesNotContain("036085001234");

        Path before = draftFile();
        robot.interact(() -> fixture.shell.quit()); // not cancelled: the form is simply gone
        await().untilTrue(fixture.exited);
        assertThat(Files.exists(before)).isTrue();
        fixture.exited.set(false);
        FxToolkit.setupStage(fixture::start);
        logInAsAdministrator(robot);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        ShellFixture.waitUntilVisible(robot, "#intake-fullName");
        await().until(() -> "Trần Văn Bình".equals(text(robot, "#intake-fullName")));
        assertThat(text(robot, "#intake-idNumber")).isEqualTo("036085001234");
        assertThat(text(robot, "#intake-procedure")).startsWith("2.000815");
        assertThat(text(robot, "#intake-notice")).startsWith("Đã khôi phục bản nháp");
    }

    @Test
    void escAbandonsTheFormAfterAConfirmation(FxRobot robot) {
        openIntake(robot);
        robot.clickOn("#intake-fullName").write("Trần Văn Bình");
        robot.type(KeyCode.ESCAPE);
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        robot.type(KeyCode.ESCAPE); // "no": the form stays as typed
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#intake-fullName")).isEqualTo("Trần Văn Bình");
        robot.clickOn("#intake-fullName").type(KeyCode.ESCAPE);
        ShellFixture.waitUntilVisible(robot, ".dialog-pane");
        robot.clickOn(fixture.shell.i18n().t("intake.cancel.confirm"));
        WaitForAsyncUtils.waitForFxEvents();
        await().until(() -> text(robot, "#intake-fullName").isEmpty());
    }

    @Test
    void aCardScannedIntoThePhoneFieldFillsTheApplicant(FxRobot robot) {
        openIntake(robot);
        robot.clickOn("#intake-phone").write("09").write(CARD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#intake-fullName")).isEqualTo("Đặng Thị Hoa");
        assertThat(text(robot, "#intake-idNumber")).isEqualTo("036190012345");
        assertThat(text(robot, "#intake-birthDate")).isEqualTo("17/05/1990");
        assertThat(robot.lookup("#intake-sex").queryAs(ComboBox.class).getValue()).isEqualTo(Sex.FEMALE);
        assertThat(text(robot, "#intake-address")).isEqualTo("Thôn Đông, xã Vụ Bản, Nam Định");
        assertThat(text(robot, "#intake-phone")).as("the card text is taken out of the field, what was typed stays").isEqualTo("09");
        assertThat(robot.lookup("#intake-idNumber-problem").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void feesAtTheCounterTheQrOnScreenThenCashConfirmed(FxRobot robot) throws Exception {
        logInAsAdministrator(robot);
        AppContext services = fixture.shellServices();
        services.office().configure(Actor.SYSTEM, OfficeSettings.none().withBank(new BankAccount("970436", "0011004455667", "Vietcombank")));
        Stage stage = ShellFixture.laptopWindow(robot);
        robot.interact(stage::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        openIntake(robot);
        robot.write("1.004222").type(KeyCode.ENTER);
        tabUntil(robot, "intake-fullName");
        robot.write("Trần Văn Bình").type(KeyCode.ENTER).write("036085001234");
        tabUntil(robot, "intake-owner");
        robot.write("Nguyễn Văn An");
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane form = robot.lookup("#intake-form").queryAs(ScrollPane.class);
        assertThat(form.getContent().getLayoutBounds().getWidth()).as("no horizontal scroll at 1366×768")
                .isLessThanOrEqualTo(form.getViewportBounds().getWidth() + 0.5);
        assertThat(text(robot, "#intake-summary")).contains("Chủ hồ sơ: Nguyễn Văn An");
        FxImages.lookAt(robot, "intake-form");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        ShellFixture.waitUntilVisible(robot, "#intake-code");
        String code = text(robot, "#intake-code");
        Dossier saved = services.dossiers().byCode(code).orElseThrow();
        assertThat(saved.ownerName()).isEqualTo("Nguyễn Văn An");

        ImageView qr = robot.lookup("#intake-fee-qr").queryAs(ImageView.class);
        await().until(() -> qr.getImage() != null && shown(qr));
        assertThat(decode(qr.getImage())).isEqualTo(services.fees().qr(code).vietQr());
        assertThat(text(robot, "#intake-fee-state")).isEqualTo("Chưa thu: 20.000 đ");
        assertThat(text(robot, "#intake-fee-bank")).contains("Vietcombank").contains("0011004455667").contains("20.000 đ");

        FxImages.lookAt(robot, "intake-due");
        Button cash = robot.lookup("#intake-pay-cash").queryAs(Button.class);
        robot.interact(cash::requestFocus);
        robot.type(KeyCode.SPACE);
        await().until(() -> services.dossiers().fees(saved.id()).stream().allMatch(f -> f.state() == FeeState.PAID));
        await().until(() -> text(robot, "#intake-fee-state").startsWith("Đã thu"));
        assertThat(shown(qr)).as("paid: no transfer QR any more").isFalse();
        assertThat(shown(cash)).isFalse();
        await().until(() -> robot.lookup("#intake-preview").queryAs(ImageView.class).getImage() != null);
        WaitForAsyncUtils.waitForFxEvents();
        FxImages.lookAt(robot, "intake-paid");
    }

    /** Visible with every parent: what the clerk actually sees. */
    private static boolean shown(Node n) {
        for (Node x = n; x != null; x = x.getParent()) {
            if (!x.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The pixels of an on-screen image read back and decoded as a QR code. */
    private static String decode(Image image) throws Exception {
        BufferedImage out = FxImages.buffered(image);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(out)))).getText();
    }

    private void openIntake(FxRobot robot) {
        if (robot.lookup("#navigation").tryQuery().isEmpty()) {
            logInAsAdministrator(robot);
        }
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2); // the dossier list is the home screen; intake is Ctrl+2
        ShellFixture.waitUntilVisible(robot, "#intake-procedure");
        await().until(() -> !robot.lookup("#intake-save").query().isDisabled());
        tabUntil(robot, "intake-procedure"); // from the navigation, Tab enters the form
    }

    private static void tabUntil(FxRobot robot, String id) {
        for (int i = 0; i < 20 && !id.equals(focusedId(robot)); i++) {
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

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n instanceof TextField f ? f.getText() : ((Label) n).getText();
    }

    private Path draftFile() {
        return fixture.dataDir.resolve("drafts").resolve("intake.json");
    }

    private long dossierCount() {
        return fixture.shellServices().database().sessionFactory().fromTransaction(s ->
                s.createSelectionQuery("select count(d) from Dossier d", Long.class).getSingleResult());
    }

    /** The autosaved draft as the desk reads it: sealed with the office's drafts key. */
    private String draftText() throws java.io.IOException {
        javax.crypto.SecretKey key = vn.motcua.encryption.OfficeKeys.of(fixture.dataDir).unlock().orElseThrow().subkey("drafts");
        try (var in = vn.motcua.encryption.SealedFile.open(Files.newInputStream(draftFile()), key, draftFile().toString())) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
