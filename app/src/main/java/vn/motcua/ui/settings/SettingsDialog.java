package vn.motcua.ui.settings;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.util.StringConverter;
import vn.motcua.common.Language;
import vn.motcua.ui.Forms;
import vn.motcua.ui.I18n;

/** The desk's settings; for now the interface language (Vietnamese first, English second). */
public final class SettingsDialog {
    private SettingsDialog() {
    }

    /** A dialog whose result is the chosen language, or empty when cancelled. */
    public static Dialog<Language> create(I18n i18n) {
        Dialog<Language> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("settings.title"));
        dialog.setHeaderText(i18n.t("settings.header"));
        ChoiceBox<Language> language = new ChoiceBox<>();
        language.setId("languageChoice");
        language.getItems().setAll(Language.values());
        language.setValue(i18n.language());
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : i18n.t("language." + l.tag());
            }

            @Override
            public Language fromString(String s) {
                return null;
            }
        });
        dialog.getDialogPane().setContent(new Forms().row(i18n.t("settings.language"), language).pane());
        ButtonType save = new ButtonType(i18n.t("settings.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save,
                new ButtonType(i18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(save).setId("settingsSave");
        dialog.setResultConverter(b -> b == save ? language.getValue() : null);
        dialog.setOnShown(e -> language.requestFocus());
        return dialog;
    }
}
