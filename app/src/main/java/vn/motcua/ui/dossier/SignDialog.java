package vn.motcua.ui.dossier;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import vn.motcua.signing.DossierSigning;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/**
 * The chair's signing dialog (reference §13): which document (the electronic result or letter
 * 04/05), with what (a .p12/.pfx file, or the USB token's driver library and slot), and the PIN.
 * The paths are typed or pasted (keyboard first); the token and the certificate are checked by
 * the service, which answers a wrong PIN, a removed token or an expired certificate in words.
 */
final class SignDialog {
    private SignDialog() {
    }

    static Optional<SignRequest> show(Ui ui, String code, List<DossierSigning.What> available, String lastKey) {
        I18n i18n = ui.i18n();
        ComboBox<DossierSigning.What> what = new ComboBox<>();
        what.setId("dossier-sign-what");
        what.getItems().setAll(available);
        what.getSelectionModel().selectFirst();
        what.setConverter(converter(w -> switch (w) {
            case RESULT -> i18n.t("ui.dossier.sign.what.result");
            case FORM_04 -> i18n.t("ui.dossier.sign.what.04");
            case FORM_05 -> i18n.t("ui.dossier.sign.what.05");
        }));
        ComboBox<Boolean> source = new ComboBox<>();
        source.setId("dossier-sign-source");
        source.getItems().setAll(false, true);
        source.getSelectionModel().selectFirst();
        source.setConverter(converter(token -> i18n.t(token ? "ui.dossier.sign.source.token" : "ui.dossier.sign.source.file")));
        TextField path = ActionDialog.field("dossier-sign-path");
        path.setPromptText(i18n.t("ui.dossier.sign.path.prompt"));
        if (lastKey != null) {
            path.setText(lastKey);
        }
        TextField slot = ActionDialog.field("dossier-sign-slot");
        slot.setText("0");
        slot.disableProperty().bind(source.valueProperty().isEqualTo(false));
        PasswordField pin = new PasswordField();
        pin.setId("dossier-sign-pin");
        ActionDialog<SignRequest> d = new ActionDialog<SignRequest>(ui, "dossier-sign-dialog", i18n.t("ui.dossier.sign.header", code),
                i18n.t("ui.dossier.sign.confirm"))
                .row(i18n.t("ui.dossier.sign.what"), what)
                .row(i18n.t("ui.dossier.sign.source"), source)
                .row(i18n.t("ui.dossier.sign.path"), path)
                .row(i18n.t("ui.dossier.sign.slot"), slot)
                .row(i18n.t("ui.dossier.sign.pin"), pin);
        return d.show(() -> {
            if (path.getText().isBlank()) {
                return i18n.t("ui.dossier.sign.noPath");
            }
            if (Boolean.TRUE.equals(source.getValue()) && !slot.getText().strip().matches("\\d{1,3}")) {
                return i18n.t("ui.dossier.sign.badSlot");
            }
            return pin.getText().isEmpty() ? i18n.t("ui.dossier.sign.noPin") : null;
        }, () -> {
            Path p = Path.of(path.getText().strip());
            char[] secret = pin.getText().toCharArray();
            pin.clear();
            return Boolean.TRUE.equals(source.getValue())
                    ? new SignRequest(what.getValue(), null, p, Integer.parseInt(slot.getText().strip()), secret)
                    : new SignRequest(what.getValue(), p, null, 0, secret);
        }, pin);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
