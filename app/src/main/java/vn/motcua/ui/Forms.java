package vn.motcua.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/** Two-column label/field forms with mnemonics and {@code labelFor}, the same on every screen. */
public final class Forms {
    private final GridPane grid = new GridPane();
    private int row;

    public Forms() {
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(260);
        grid.getColumnConstraints().setAll(labels, fields);
    }

    /** Adds a row; the label text may carry a mnemonic ("_Tên đăng nhập"). */
    public Forms row(String labelText, Node field) {
        Label label = new Label(labelText);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        grid.addRow(row++, label, field);
        return this;
    }

    /** A node across both columns (messages, notes). */
    public Forms span(Node node) {
        grid.add(node, 0, row++, 2, 1);
        return this;
    }

    public GridPane pane() {
        return grid;
    }
}
