package vn.motcua.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** AtlantaFX set as the user-agent stylesheet before the first stage, so dialogs are styled too. */
public final class Theme {
    private static final String APP_CSS = Theme.class.getResource("app.css").toExternalForm();

    private Theme() {
    }

    public static void apply() {
        // The binary form AtlantaFX ships: parsing the 170 kB text CSS is a visible part of start-up.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().setAll(APP_CSS);
    }
}
