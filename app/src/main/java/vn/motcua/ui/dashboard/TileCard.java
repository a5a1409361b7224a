package vn.motcua.ui.dashboard;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One headline tile: an icon, a big number and a caption, as a button so it takes the focus and
 * opens what is behind it on a click, Enter or Space.
 */
final class TileCard {
    private static final double HEIGHT = 136;
    private final Button button = new Button();
    private final Label number = new Label("…");
    private final Label caption = new Label();
    private final Label detail = new Label();

    TileCard(String id, Ikon icon, String colour, String captionText, Runnable open) {
        FontIcon glyph = new FontIcon(icon);
        glyph.setIconSize(30);
        glyph.getStyleClass().add(colour);
        number.setId(id + "-number");
        number.getStyleClass().add("dashboard-tile-number");
        caption.setText(captionText);
        caption.getStyleClass().add("dashboard-tile-caption");
        caption.setWrapText(true);
        detail.setId(id + "-detail");
        detail.getStyleClass().add("text-muted");
        detail.setWrapText(true);
        HBox top = new HBox(10, glyph, number);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, top, caption, detail);
        box.setAlignment(Pos.TOP_LEFT);
        button.setGraphic(box);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        button.setAlignment(Pos.TOP_LEFT);
        button.setMaxWidth(Double.MAX_VALUE);
        // a wrapping label inside a button asks for its height at no width (one word a line): the tile's height is fixed
        button.setMinHeight(HEIGHT);
        button.setPrefHeight(HEIGHT);
        button.setMaxHeight(HEIGHT);
        box.setMaxWidth(Double.MAX_VALUE);
        button.setId(id);
        button.getStyleClass().add("dashboard-tile");
        button.setAccessibleText(captionText);
        button.setOnAction(e -> open.run());
        button.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open.run();
                e.consume();
            }
        });
        HBox.setHgrow(button, Priority.ALWAYS);
    }

    void show(String big, String detailText) {
        number.setText(big);
        detail.setText(detailText);
        button.setAccessibleText(caption.getText() + ": " + big + ". " + detailText);
    }

    Button node() {
        return button;
    }
}
