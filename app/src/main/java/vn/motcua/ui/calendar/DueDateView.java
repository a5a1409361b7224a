package vn.motcua.ui.calendar;

import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import vn.motcua.calendar.BudgetKind;
import vn.motcua.ui.EnterKey;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;
import vn.motcua.ui.WrappingCells;

/** The "why is this the due date?" view: inputs on top, the due date and its reasons below. */
public final class DueDateView {
    private final VBox root;

    public DueDateView(I18n i18n, DueDateViewModel vm) {
        DatePicker date = new DatePicker();
        date.setId("dueReceivedDate");
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(
                java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"), null)); // as on every Vietnamese form
        date.valueProperty().bindBidirectional(vm.receivedDateProperty());
        TextField time = new TextField();
        time.setId("dueReceivedTime");
        time.textProperty().bindBidirectional(vm.receivedTimeProperty());
        time.setPromptText("08:30");
        ChoiceBox<BudgetKind> kind = new ChoiceBox<>();
        kind.setId("dueKind");
        kind.getItems().setAll(BudgetKind.values());
        kind.valueProperty().bindBidirectional(vm.kindProperty());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(BudgetKind k) {
                return k == null ? "" : i18n.t("dueView.kind." + k.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public BudgetKind fromString(String s) {
                return null;
            }
        });
        Spinner<Integer> amount = new Spinner<>(0, 365, vm.amountProperty().get());
        amount.setId("dueAmount");
        amount.setEditable(true);
        amount.valueProperty().addListener((o, a, b) -> vm.amountProperty().set(b == null ? 0 : b));
        TextField cutoff = new TextField();
        cutoff.setId("dueCutoff");
        cutoff.textProperty().bindBidirectional(vm.cutoffProperty());

        Button compute = new Button(i18n.t("dueView.compute"));
        compute.setId("dueCompute");
        compute.setOnAction(e -> vm.compute());

        Label message = new Label();
        message.setId("dueMessage");
        message.getStyleClass().add("danger");
        message.textProperty().bind(vm.messageProperty());
        Label due = new Label();
        due.setId("dueResult");
        due.getStyleClass().add("title-3");
        due.textProperty().bind(vm.dueProperty());
        ListView<String> lines = new ListView<>(vm.explanation());
        lines.setId("dueExplanation");
        lines.setPrefHeight(220);
        WrappingCells.apply(lines);

        Forms form = new Forms()
                .row(i18n.t("dueView.date"), date)
                .row(i18n.t("dueView.time"), time)
                .row(i18n.t("dueView.kind"), kind)
                .row(i18n.t("dueView.amount"), amount)
                .row(i18n.t("dueView.cutoff"), cutoff);
        root = new VBox(12, new Label(i18n.t("dueView.intro")), form.pane(), compute, message, due, lines);
        EnterKey.runs(form.pane(), vm::compute);
        root.setPadding(new Insets(16));
        root.setMaxWidth(900);
    }

    public Parent root() {
        return root;
    }
}
