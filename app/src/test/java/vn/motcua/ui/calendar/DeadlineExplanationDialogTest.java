package vn.motcua.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.motcua.calendar.DeadlineLedger;
import vn.motcua.calendar.TimeBudget;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Language;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/** A dossier's ledger, paused and extended, explained step by step with old and new dates. */
@ExtendWith(ApplicationExtension.class)
class DeadlineExplanationDialogTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void everyChangeOfTheDueDateIsListed(FxRobot robot) {
        DeadlineLedger ledger = DeadlineLedger.open(WorkCalendar.standard(), LocalDateTime.of(2023, 10, 27, 9, 32),
                        TimeBudget.workingDays(5))
                .requestSupplement(LocalDateTime.of(2023, 11, 2, 10, 0), "Thiếu bản sao giấy khai sinh")
                .receiveSupplement(LocalDateTime.of(2023, 11, 6, 14, 15))
                .extend(LocalDateTime.of(2023, 11, 7, 8, 0), 2, "Chứng thực nhiều trang");
        I18n i18n = new I18n(Language.VI);
        Ui ui = new Ui(i18n, new DialogService(i18n, () -> stage), BackgroundRunner.SAME_THREAD, new ErrorReporter());
        robot.interact(() -> {
            var dialog = DeadlineExplanationDialog.create(ui, "H56-231027-0001", ledger);
            dialog.initOwner(stage);
            dialog.show();
        });
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryAs(Label.class).getText()).contains("H56-231027-0001");
        assertThat(robot.lookup("#ledgerDue").queryAs(Label.class).getText())
                .isEqualTo(DueDateViewModel.SHOWN.format(ledger.due().orElseThrow()));
        @SuppressWarnings("unchecked")
        ListView<String> lines = robot.lookup("#ledgerExplanation").queryAs(ListView.class);
        assertThat(lines.getItems()).hasSize(ledger.explanations().size()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(String.join("\n", lines.getItems()))
                .contains("chờ bổ sung").contains("Gia hạn thêm 2 ngày làm việc").contains("hạn cũ");
        robot.clickOn(i18n.t("dialog.close"));
    }
}
