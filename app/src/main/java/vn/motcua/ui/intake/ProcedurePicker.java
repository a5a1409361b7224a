package vn.motcua.ui.intake;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import vn.motcua.catalog.Procedure;
import vn.motcua.ui.I18n;

/**
 * The procedure picker: type a few letters without marks ("chung thuc") or a code prefix, Down/Up
 * through the matches, Enter to take one. The focus stays in the text field throughout.
 */
final class ProcedurePicker {
    private final VBox root;
    private final TextField field = new TextField();
    private final ListView<Procedure> list;

    ProcedurePicker(I18n i18n, IntakeViewModel vm, Runnable picked) {
        field.setId("intake-procedure");
        field.setPromptText(i18n.t("intake.procedure.prompt"));
        field.textProperty().bindBidirectional(vm.procedureQueryProperty());
        list = new ListView<>(vm.suggestions());
        list.setId("intake-procedures");
        list.setFocusTraversable(false);
        list.setFixedCellSize(46);
        list.prefHeightProperty().bind(Bindings.min(6, Bindings.size(vm.suggestions())).multiply(46).add(4));
        list.visibleProperty().bind(Bindings.isNotEmpty(vm.suggestions()).and(vm.procedureProperty().isNull()));
        list.managedProperty().bind(list.visibleProperty());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Procedure p, boolean empty) {
                super.updateItem(p, empty);
                if (empty || p == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    Label name = new Label(p.name());
                    name.getStyleClass().add("intake-procedure-name");
                    Label meta = new Label(p.code() + " · " + p.field());
                    meta.getStyleClass().add("text-muted");
                    setGraphic(new VBox(1, name, meta));
                    setPrefWidth(0); // long names are cut with "…" instead of a sideways scroll bar
                    setText(null);
                }
            }
        });
        vm.suggestions().addListener((javafx.collections.ListChangeListener<Procedure>) c -> {
            if (!vm.suggestions().isEmpty()) {
                list.getSelectionModel().selectFirst();
                list.scrollTo(0);
            }
        });
        list.setOnMouseClicked(e -> take(vm, picked));
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!list.isVisible() || e.isShortcutDown()) {
                return;
            }
            var selection = list.getSelectionModel();
            if (e.getCode() == KeyCode.DOWN) {
                selection.select(Math.min(selection.getSelectedIndex() + 1, vm.suggestions().size() - 1));
                list.scrollTo(Math.max(0, selection.getSelectedIndex() - 2));
                e.consume();
            } else if (e.getCode() == KeyCode.UP) {
                selection.select(Math.max(selection.getSelectedIndex() - 1, 0));
                list.scrollTo(Math.max(0, selection.getSelectedIndex() - 2));
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                take(vm, picked);
                e.consume();
            }
        });
        Label title = new Label(i18n.t("intake.procedure"));
        title.getStyleClass().add("title-4");
        title.setLabelFor(field);
        root = new VBox(6, title, field, list);
    }

    private void take(IntakeViewModel vm, Runnable picked) {
        Procedure p = list.getSelectionModel().getSelectedItem();
        if (p != null) {
            vm.choose(p);
            picked.run();
        }
    }

    TextField field() {
        return field;
    }

    Node root() {
        return root;
    }
}
