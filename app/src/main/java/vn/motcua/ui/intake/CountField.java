package vn.motcua.ui.intake;

import javafx.beans.property.IntegerProperty;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;

/** A small digits-only field for a count of papers, kept in step with an integer property. */
final class CountField {
    private CountField() {
    }

    static TextField of(String id, IntegerProperty value, String accessibleText) {
        TextField field = new TextField(String.valueOf(value.get()));
        field.setId(id);
        field.setPrefColumnCount(3);
        field.setMaxWidth(64);
        field.setAccessibleText(accessibleText);
        field.getStyleClass().add("intake-count");
        // digits only, at most three: a negative or absurd count cannot be typed at all
        field.setTextFormatter(new TextFormatter<String>(c -> c.getControlNewText().matches("\\d{0,3}") ? c : null));
        field.textProperty().addListener((o, was, text) -> {
            int n = text.isEmpty() ? 0 : Integer.parseInt(text);
            if (n != value.get()) {
                value.set(n);
            }
        });
        value.addListener((o, was, n) -> {
            String text = field.getText();
            if (text.isEmpty() ? n.intValue() != 0 : Integer.parseInt(text) != n.intValue()) {
                field.setText(String.valueOf(n));
            }
        });
        // typing over a count replaces it: the clerk types "2", not "12"
        field.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                javafx.application.Platform.runLater(field::selectAll);
            }
        });
        return field;
    }
}
