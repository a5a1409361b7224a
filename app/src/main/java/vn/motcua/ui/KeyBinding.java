package vn.motcua.ui;

import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut of the desktop, declared in one place (shown in menus and tooltips). */
public enum KeyBinding {
    AREA_1("Shortcut+1"),
    AREA_2("Shortcut+2"),
    AREA_3("Shortcut+3"),
    AREA_4("Shortcut+4"),
    AREA_5("Shortcut+5"),
    AREA_6("Shortcut+6"),
    SETTINGS("Shortcut+COMMA"),
    ABOUT("F1"),
    LOG_OUT("Shortcut+L"),
    QUIT("Shortcut+Q"),
    /** Tiếp nhận: save the dossier and open the printed form. */
    INTAKE_SAVE("Shortcut+ENTER"),
    /** Tiếp nhận: abandon the form (asks first when something was typed). */
    INTAKE_CANCEL("ESCAPE");

    private final KeyCombination combination;

    KeyBinding(String spec) {
        this.combination = KeyCombination.keyCombination(spec);
    }

    public KeyCombination combination() {
        return combination;
    }

    /** The shortcut for the n-th navigation area (0-based). */
    public static KeyBinding area(int index) {
        return values()[index];
    }
}
