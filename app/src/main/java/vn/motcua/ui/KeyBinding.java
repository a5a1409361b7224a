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
    INTAKE_CANCEL("Esc"),
    /** Số hóa: add files to the staging area. */
    DIGITIZE_ADD("Shortcut+O"),
    /** Số hóa: seal the staged pages into the selected component. */
    DIGITIZE_SAVE("Shortcut+S"),
    /** Số hóa: turn the selected page a quarter counter-clockwise (inside the screen it wins over log-out). */
    DIGITIZE_ROTATE_LEFT("Shortcut+L"),
    DIGITIZE_ROTATE_RIGHT("Shortcut+R"),
    /** Số hóa: run the desk's scanner command into the selected component. */
    DIGITIZE_SCAN("Shortcut+Shift+S"),
    DIGITIZE_EARLIER("Alt+LEFT"),
    DIGITIZE_LATER("Alt+RIGHT"),
    DIGITIZE_DELETE("DELETE"),
    DIGITIZE_UNDO("Shortcut+Z"),
    ZOOM_IN("Shortcut+EQUALS"),
    ZOOM_OUT("Shortcut+MINUS"),
    ZOOM_RESET("Shortcut+0"),
    /** Hồ sơ: put the cursor in the list's search field. */
    DOSSIERS_SEARCH("Shortcut+F"),
    /** Hồ sơ: the next / previous page of 100 dossiers (display names: "PAGE_DOWN" would parse as a character). */
    DOSSIERS_NEXT_PAGE("Page Down"),
    DOSSIERS_PREVIOUS_PAGE("Page Up"),
    /** Hồ sơ: ask the database again now. */
    DOSSIERS_REFRESH("F5"),
    /** Đồng bộ: send what waits and ask the portal for changes now (anywhere in the main window). */
    SYNC_NOW("F9"),
    /** Báo cáo: ask every figure of the dashboard again now. */
    DASHBOARD_REFRESH("F5");

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
