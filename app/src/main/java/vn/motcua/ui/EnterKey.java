package vn.motcua.ui;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Enter runs a form's main action while the focus is inside that form. Used instead of default
 * buttons in tabbed areas: every tab's content stays in the scene, so several default buttons
 * would compete for the same Enter key.
 */
public final class EnterKey {
    private EnterKey() {
    }

    public static void runs(Node form, Runnable action) {
        form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                action.run();
                e.consume();
            }
        });
    }
}
