package vn.motcua.ui.calendar;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.motcua.ui.I18n;
import vn.motcua.ui.WrappingCells;

/** The yearly overlay editor: the text, "check" (what would change) and "apply" (a new version). */
public final class OverlayEditorView {
    private final VBox root;

    public OverlayEditorView(I18n i18n, OverlayEditorViewModel vm) {
        Spinner<Integer> year = new Spinner<>(1900, 2199, vm.yearProperty().get());
        year.setId("overlayYear");
        year.setEditable(true);
        year.valueProperty().addListener((o, a, b) -> {
            vm.yearProperty().set(b);
            vm.load();
        });
        Label yearLabel = new Label(i18n.t("overlayEditor.year"));
        yearLabel.setLabelFor(year);
        yearLabel.setMnemonicParsing(true);

        TextArea text = new TextArea();
        text.setId("overlayText");
        text.textProperty().bindBidirectional(vm.textProperty());
        text.setStyle("-fx-font-family: monospace;");
        text.setPrefRowCount(14);
        VBox.setVgrow(text, Priority.ALWAYS);

        Button check = new Button(i18n.t("overlayEditor.check"));
        check.setId("overlayCheck");
        check.setOnAction(e -> vm.check());
        Button apply = new Button(i18n.t("overlayEditor.apply"));
        apply.setId("overlayApply");
        apply.getStyleClass().add("accent");
        apply.setOnAction(e -> vm.apply());
        check.disableProperty().bind(vm.busyProperty());
        apply.disableProperty().bind(vm.busyProperty());
        HBox bar = new HBox(12, yearLabel, year, check, apply);
        bar.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("overlayMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        ListView<String> changes = new ListView<>(vm.changes());
        changes.setId("overlayChanges");
        changes.setPrefHeight(140);
        WrappingCells.apply(changes);
        changes.setPlaceholder(new Label(i18n.t("overlayEditor.noChanges")));

        Label help = new Label(i18n.t("overlayEditor.help"));
        help.setWrapText(true);
        help.getStyleClass().add("text-muted");
        root = new VBox(10, bar, help, text, message, changes);
        root.setPadding(new Insets(16));
        vm.load();
    }

    public Parent root() {
        return root;
    }
}
