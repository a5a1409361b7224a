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
import vn.motcua.signing.TestCa;
import vn.motcua.signing.SignatureVerifier;
import vn.motcua.signing.DossierSigning;

/**
 * A dossier's view over a real office (TestFX, headless): a residence dossier handed over twice,
 * sent for a supplement, resumed, extended, ready and returned — every action by its shortcut and
 * its dialog's keys — then rated 2 on the citizen's window; the timeline shows each step with
 * its verdict. Refusal asks twice and Escape leaves the dossier untouched.
 */
@ExtendWith(ApplicationExtension.class)
class DossierViewTest {
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
        return show(robot, code, office.desk);
    }

    private DossierView show(FxRobot robot, String code, DossierDesk desk) {
        desk.load(code); // fails loudly here rather than as a message on screen
        Ui ui = new Ui(i18n, new DialogService(i18n, () -> stage), runner, new ErrorReporter());
        robot.interact(() -> {
            view = DossierView.open(desk, ui, new DossierEvents(), office.opener, code);
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

    /**
     * Waits for {@code query} to show and aims the robot's typing at its window: with Monocle
     * every window says it is focused, and TestFX writes characters into its target window.
     */
    private static void waitFor(FxRobot robot, String query) {
        await().atMost(Duration.ofSeconds(10)).until(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup(query).query().getScene().getWindow());
    }

    private void settled(FxRobot robot, DossierStatus status) {
        main(robot);
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                DossierSnapshot s = view.viewModel().snapshotProperty().get();
                return !view.viewModel().busyProperty().get() && s.story().dossier().status() == status;
            });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(screen(robot), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** What is on screen, for a failure message. */
    private String screen(FxRobot robot) {
        StringBuilder out = new StringBuilder("message: " + view.viewModel().messageProperty().get());
        robot.lookup("#dossier-dialog-error").queryAllAs(Label.class).forEach(l -> out.append("\ndialog error: ").append(l.getText()));
        robot.lookup(".text-field").queryAllAs(TextField.class).forEach(f -> out.append("\nfield ").append(f.getId()).append(": ")
                .append(f.getText()));
        Window.getWindows().forEach(w -> out.append("\nwindow: ").append(w.getScene().getRoot().getId()).append(" focused ")
                .append(w.isFocused()).append(" owner of focus ").append(w.getScene().getFocusOwner()));
        return out.toString();
    }

    private static String fact(FxRobot robot, String id) {
        return robot.lookup("#dossier-fact-" + id).queryAs(Label.class).getText();
    }

    @Test
    void aDossierTravelsByKeyboardAndIsRated(FxRobot robot) {
        String code = office.receive(Intakes.RESIDENCE);
        show(robot, code);
        assertThat(fact(robot, "code")).isEqualTo(code);
        assertThat(fact(robot, "applicant")).isEqualTo("Nguyễn Văn An");
        assertThat(fact(robot, "status")).isEqualTo("Đã tiếp nhận");
        assertThat(view.viewModel().actions()).contains(DossierAction.HAND_OVER, DossierAction.REQUEST_SUPPLEMENT,
                DossierAction.EXTEND, DossierAction.RESULT_READY, DossierAction.REFUSE).doesNotContain(DossierAction.RETURN,
                DossierAction.RECEIVE_SUPPLEMENT);
        assertThat(robot.lookup("#dossier-action-RETURN").tryQuery()).isEmpty();
        assertThat(robot.lookup("#dossier-form-01").tryQuery()).isPresent();

        // Monday 10:00 → the specialist, one working day for the step
        office.clock.set(LocalDateTime.of(2026, 3, 2, 10, 0));
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitFor(robot, "#dossier-handOver-dialog");
        robot.type(KeyCode.DOWN, 3); // admin, chutich, chuyenvien
        robot.type(KeyCode.TAB).write("Văn phòng - Thống kê").type(KeyCode.TAB).write("1").type(KeyCode.TAB).write("thẩm định hồ sơ")
                .type(KeyCode.ENTER);
        settled(robot, DossierStatus.IN_PROCESS);
        assertThat(fact(robot, "handler")).isEqualTo("Lê Thị Chuyên (Văn phòng - Thống kê)");
        assertThat(robot.lookup("#dossier-message").queryAs(Label.class).getText()).isEqualTo("Đã chuyển hồ sơ " + code + ".");

        // Wednesday: handed on to the chair a day after the step's due day → Quá hạn
        office.clock.set(LocalDateTime.of(2026, 3, 4, 9, 0));
        robot.push(KeyCode.CONTROL, KeyCode.H);
        waitFor(robot, "#dossier-handOver-dialog");
        robot.type(KeyCode.DOWN, 2).type(KeyCode.TAB, 2).write("2").type(KeyCode.ENTER);
        await().until(() -> story(code).steps().size() == 2);
        settled(robot, DossierStatus.IN_PROCESS);

        // a supplement: validation first, then form 02 offered and opened
        robot.push(KeyCode.CONTROL, KeyCode.B);
        waitFor(robot, "#dossier-supplement-dialog");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#dossier-dialog-error").queryAs(Label.class).getText())
                .isEqualTo(i18n.t("ui.dossier.supplement.empty"));
        robot.write("Bản sao giấy khai sinh có chứng thực").type(KeyCode.ENTER);
        settled(robot, DossierStatus.SUPPLEMENT_REQUESTED);
        robot.type(KeyCode.ENTER); // "Mở mẫu để in"
        await().until(() -> !office.opened.isEmpty());
        assertThat(office.opened.get(0).fileName()).isEqualTo(code + "-mau-02.pdf");
        assertThat(new String(office.opened.get(0).pdf(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(fact(robot, "remaining")).isEqualTo("Tạm dừng tính giờ (chờ bổ sung)");
        assertThat(view.viewModel().actions()).contains(DossierAction.RECEIVE_SUPPLEMENT).doesNotContain(DossierAction.EXTEND);

        // Thursday: the supplement arrives, the clock runs again
        office.clock.set(LocalDateTime.of(2026, 3, 5, 9, 0));
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.B);
        waitFor(robot, "#dossier-received-dialog");
        robot.write("đủ bản sao").type(KeyCode.ENTER);
        settled(robot, DossierStatus.IN_PROCESS);

        // extension: days and reason, form 04 offered (skipped here), its button appears
        assertThat(robot.lookup("#dossier-form-04").tryQuery()).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitFor(robot, "#dossier-extend-dialog");
        robot.write("3").type(KeyCode.ENTER);
        assertThat(robot.lookup("#dossier-dialog-error").queryAs(Label.class).getText()).isEqualTo(i18n.t("ui.dossier.extend.noReason"));
        robot.type(KeyCode.TAB).write("Chờ xác minh nơi cư trú").type(KeyCode.ENTER);
        await().until(() -> story(code).extensions().size() == 1);
        waitFor(robot, ".dialog-pane"); // the offer of form 04
        robot.type(KeyCode.ESCAPE);
        waitFor(robot, "#dossier-form-04");
        assertThat(story(code).extensions().get(0).reason()).isEqualTo("Chờ xác minh nơi cư trú");

        // Friday: the result is ready, then returned to the applicant and rated "Hài lòng" with key 2
        office.clock.set(LocalDateTime.of(2026, 3, 6, 10, 0));
        robot.push(KeyCode.CONTROL, KeyCode.K);
        waitFor(robot, "#dossier-ready-dialog");
        robot.type(KeyCode.ENTER);
        settled(robot, DossierStatus.RESULT_READY);
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitFor(robot, "#dossier-return-dialog");
        assertThat(robot.lookup("#dossier-return-receivedBy").queryAs(TextField.class).getText()).isEqualTo("Nguyễn Văn An");
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#rating-window");
        Window rating = robot.lookup("#rating-window").query().getScene().getWindow();
        robot.targetWindow(rating);
        robot.interact(rating::requestFocus);
        robot.type(KeyCode.DIGIT2);
        await().until(() -> story(code).rating().isPresent());
        waitFor(robot, "#rating-thanks");
        assertThat(story(code).rating().get().level()).isEqualTo(2);
        robot.type(KeyCode.ESCAPE);
        await().until(() -> !rating.isShowing());
        robot.targetWindow(stage);

        settled(robot, DossierStatus.RETURNED);
        await().until(() -> view.viewModel().timeline().stream().anyMatch(e -> e.kind() == TimelineEntry.Kind.RATING));
        DossierStory done = story(code);
        assertThat(done.dossier().returnedTo()).isEqualTo("Nguyễn Văn An");
        List<HandOverStep> steps = done.steps();
        assertThat(steps.get(0).verdict()).contains(Verdict.LATE);
        assertThat(steps.get(1).verdict()).isPresent();
        ListView<TimelineEntry> timeline = robot.lookup("#dossier-timeline").queryListView();
        List<TimelineEntry> lines = timeline.getItems();
        assertThat(lines).filteredOn(e -> e.kind() == TimelineEntry.Kind.HAND_OVER).hasSize(2)
                .extracting(TimelineEntry::verdict).containsExactly(Verdict.LATE, steps.get(1).verdict().get());
        assertThat(lines).extracting(TimelineEntry::kind).containsSubsequence(TimelineEntry.Kind.STATUS, TimelineEntry.Kind.HAND_OVER,
                TimelineEntry.Kind.HAND_OVER, TimelineEntry.Kind.SUPPLEMENT_REQUEST, TimelineEntry.Kind.SUPPLEMENT_RECEIVED,
                TimelineEntry.Kind.EXTENSION, TimelineEntry.Kind.STATUS, TimelineEntry.Kind.STATUS, TimelineEntry.Kind.RATING);
        // the verdicts are on screen in words, next to their icons
        for (Verdict v : List.of(Verdict.LATE, steps.get(1).verdict().get())) {
            assertThat(robot.lookup(".dossier-verdict").queryAllAs(Label.class))
                    .anySatisfy(l -> assertThat(l.getText()).isEqualTo(Shown.verdict(i18n, v)));
        }
        assertThat(String.join("\n", lines.stream().map(e -> e.title() + " " + e.detail()).toList()))
                .contains("Bản sao giấy khai sinh có chứng thực").contains("Chờ xác minh nơi cư trú").contains("Hài lòng")
                .contains("Lê Thị Chuyên").contains("Phạm Văn Chủ");
        assertThat(view.viewModel().actions()).isEmpty();
        assertThat(view.viewModel().explanations()).hasSameSizeAs(done.ledger().orElseThrow().explanations()).isNotEmpty();
        assertThat(view.viewModel().sync()).hasSameSizeAs(done.syncHistory()).isNotEmpty();
        assertThat(view.viewModel().forms()).contains("01", "02", "04", "06");
        assertThat(fact(robot, "status")).startsWith("Đã trả kết quả · ");
    }

    @Test
    void refusalAsksForAReasonAndAConfirmationAndEscapeWritesNothing(FxRobot robot) {
        String code = office.receive(Intakes.RESIDENCE);
        show(robot, code);
        int events = story(code).events().size();
        int outbox = story(code).syncHistory().size();
        robot.clickOn("#dossier-action-REFUSE");
        waitFor(robot, "#dossier-end-dialog");
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#dossier-dialog-error").queryAs(Label.class).getText()).isEqualTo(i18n.t("ui.dossier.end.noReason"));
        robot.write("Không thuộc thẩm quyền của xã").type(KeyCode.ENTER);
        try {
            await().until(() -> robot.lookup("#dossier-end-dialog").tryQuery().isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError(screen(robot), e);
        }
        AtomicReference<String> header = new AtomicReference<>();
        waitFor(robot, ".dialog-pane");
        robot.interact(() -> header.set(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText()));
        assertThat(header.get()).isEqualTo("Từ chối hồ sơ " + code + "?");
        robot.type(KeyCode.ESCAPE);
        await().until(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        DossierStory after = story(code);
        assertThat(after.dossier().status()).isEqualTo(DossierStatus.ACCEPTED);
        assertThat(after.events()).hasSize(events);
        assertThat(after.syncHistory()).hasSize(outbox);
        assertThat(view.viewModel().busyProperty().get()).isFalse();
    }

    @Test
    void aDossierDueTodayWarnsToSendTheApologyLetter(FxRobot robot) {
        String code = office.receive(Intakes.BIRTH);
        show(robot, code);
        assertThat(robot.lookup("#dossier-warning").queryAs(Label.class).getText())
                .contains("sắp đến hạn").contains("nên gửi văn bản xin lỗi và hẹn lại");
        robot.push(KeyCode.CONTROL, KeyCode.G);
        waitFor(robot, "#dossier-extend-warning");
        assertThat(robot.lookup("#dossier-extend-warning").queryAs(Label.class).getText())
                .isEqualTo(robot.lookup("#dossier-warning").queryAs(Label.class).getText());
        robot.type(KeyCode.ESCAPE);
        await().until(() -> robot.lookup("#dossier-extend-dialog").tryQuery().isEmpty());
        assertThat(story(code).extensions()).isEmpty();
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
        assertThat(view.viewModel().actions()).as("the desk's account (administrator and clerk) does not sign")
                .doesNotContain(DossierAction.SIGN);
        robot.interact(view::close);
        show(robot, code, DossierDesk.of(office.context, office.chair, office.clock));
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
        assertThat(SignatureVerifier.verify(vn.motcua.testing.Plain.of(office.context.documents().store().pathOf(signature.documentSha256()))))
                .singleElement().satisfies(r -> assertThat(r.valid()).isTrue());
    }
}
