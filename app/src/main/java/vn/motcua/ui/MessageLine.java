package vn.motcua.ui;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A wrapping line bound to a message: it takes no room while the message is empty, and grows
 * to show the whole text (a cut message would hide how to fix the problem).
 */
public final class MessageLine {
    private MessageLine() {
    }

    public static Label of(String id, ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.managedProperty());
        return label;
    }
}
