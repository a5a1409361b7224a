package vn.motcua.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCodeCombination;
import org.junit.jupiter.api.Test;
import vn.motcua.ui.dossier.DossierAction;

/**
 * Every shortcut names a key JavaFX knows. A spec such as "ESCAPE" or "DIGIT0" is not a key's
 * name ("Esc", "0"): JavaFX silently makes it a character combination that no key press ever
 * matches, and the shortcut is dead (Esc on the intake form and Ctrl+0 were, until this test).
 */
class KeyBindingTest {
    @Test
    void everyShortcutIsARealKey() {
        for (KeyBinding b : KeyBinding.values()) {
            assertThat(b.combination()).as(b.name()).isInstanceOf(KeyCodeCombination.class);
        }
        for (DossierAction a : DossierAction.values()) {
            if (a.combination() != null) {
                assertThat(a.combination()).as(a.name()).isInstanceOf(KeyCodeCombination.class);
            }
        }
        assertThat(DossierAction.RELOAD).isInstanceOf(KeyCodeCombination.class);
        assertThat(DossierAction.CLOSE).isInstanceOf(KeyCodeCombination.class);
    }
}
