package vn.motcua.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;

/** The plain controls the admin screens build the same way: an id for tests, mnemonics, a bound text. */
public final class Controls {
    private Controls() {
    }

    /** A button with {@code id}, its text's mnemonic ({@code _L}ọc) and {@code action}. */
    public static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setMnemonicParsing(true);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A text field with {@code id} and a prompt, its text bound both ways to {@code text}. */
    public static TextField field(String id, StringProperty text, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(text);
        return f;
    }
}
