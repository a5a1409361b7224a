package vn.motcua.ui;

import vn.motcua.storage.DataDirectory;

/** Help → About: what is running, where the data is; what a support call needs first. */
final class AboutDialog {
    private AboutDialog() {
    }

    static void show(Ui ui, DataDirectory dir, String office) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        ui.dialogs().information(ui.i18n().t("about.header"), ui.i18n().t("about.body",
                version == null ? "dev" : version,
                System.getProperty("java.version"),
                System.getProperty("javafx.runtime.version", "?"),
                dir.root(),
                office == null ? "—" : office));
    }
}
