package vn.motcua.ui.dossier;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.motcua.dossier.HandOver;
import vn.motcua.security.StaffUser;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/**
 * The dialogs of a dossier's actions. Each asks only what its service call needs and says, in
 * the dialog, what is missing; the service still checks everything again.
 */
final class ActionDialogs {
    /** Working days an extension or a step may take, as the service allows. */
    static final int MAX_DAYS = 60;

    private ActionDialogs() {
    }

    record Extension(int workingDays, String reason) {
    }

    record Handing(String receivedBy, String note) {
    }

    static Optional<HandOver> handOver(Ui ui, String code, List<StaffUser> users) {
        I18n i18n = ui.i18n();
        ComboBox<StaffUser> user = new ComboBox<>();
        user.setId("dossier-handOver-user");
        user.getItems().setAll(users);
        user.setConverter(new StringConverter<>() {
            @Override
            public String toString(StaffUser u) {
                return u == null ? "" : u.fullName() + " (" + u.username() + ")";
            }

            @Override
            public StaffUser fromString(String s) {
                return null;
            }
        });
        user.setMaxWidth(Double.MAX_VALUE);
        TextField unit = ActionDialog.field("dossier-handOver-unit");
        TextField days = ActionDialog.field("dossier-handOver-days");
        days.setPromptText(i18n.t("ui.dossier.handOver.days.prompt"));
        TextField note = ActionDialog.field("dossier-handOver-note");
        ActionDialog<HandOver> d = new ActionDialog<HandOver>(ui, "dossier-handOver-dialog", i18n.t("ui.dossier.handOver.header", code),
                i18n.t("ui.dossier.handOver.confirm"))
                .row(i18n.t("ui.dossier.handOver.user"), user)
                .row(i18n.t("ui.dossier.handOver.unit"), unit)
                .row(i18n.t("ui.dossier.handOver.days"), days)
                .row(i18n.t("ui.dossier.note"), note);
        return d.show(() -> {
            if (user.getValue() == null && unit.getText().isBlank()) {
                return i18n.t("ui.dossier.handOver.noReceiver");
            }
            return days.getText().isBlank() || days(days.getText()) != null ? null : i18n.t("ui.dossier.handOver.badDays",
                    String.valueOf(MAX_DAYS));
        }, () -> new HandOver(user.getValue() == null ? null : user.getValue().username(), blankToNull(unit.getText()),
                days.getText().isBlank() ? null : days(days.getText()), blankToNull(note.getText())), user);
    }

    static Optional<String> supplementRequest(Ui ui, String code) {
        I18n i18n = ui.i18n();
        TextField what = ActionDialog.field("dossier-supplement-content");
        ActionDialog<String> d = new ActionDialog<String>(ui, "dossier-supplement-dialog", i18n.t("ui.dossier.supplement.header", code),
                i18n.t("ui.dossier.supplement.confirm"))
                .row(i18n.t("ui.dossier.supplement.content"), what)
                .span(new Label(i18n.t("ui.dossier.supplement.hint")));
        return d.show(() -> what.getText().isBlank() ? i18n.t("ui.dossier.supplement.empty") : null, () -> what.getText().strip(), what);
    }

    /** An action that only takes an optional note (supplement received, result ready). */
    static Optional<String> note(Ui ui, String id, String header, String confirm) {
        TextField note = ActionDialog.field("dossier-note");
        ActionDialog<String> d = new ActionDialog<String>(ui, id, header, confirm).row(ui.i18n().t("ui.dossier.note"), note);
        return d.show(() -> null, () -> note.getText().strip(), note);
    }

    /** @param warning the "due soon / overdue" sentence, or empty */
    static Optional<Extension> extend(Ui ui, String code, String dueText, String warning) {
        I18n i18n = ui.i18n();
        TextField days = ActionDialog.field("dossier-extend-days");
        TextField reason = ActionDialog.field("dossier-extend-reason");
        ActionDialog<Extension> d = new ActionDialog<Extension>(ui, "dossier-extend-dialog", i18n.t("ui.dossier.extend.header", code),
                i18n.t("ui.dossier.extend.confirm"))
                .span(new Label(i18n.t("ui.dossier.extend.currentDue", dueText)));
        if (!warning.isEmpty()) {
            Label w = new Label(warning, new FontIcon(Material2MZ.WARNING));
            w.setId("dossier-extend-warning");
            w.setWrapText(true);
            w.getStyleClass().add("warning");
            d.span(w);
        }
        d.row(i18n.t("ui.dossier.extend.days"), days).row(i18n.t("ui.dossier.extend.reason"), reason)
                .span(new Label(i18n.t("ui.dossier.extend.hint")));
        return d.show(() -> {
            if (days(days.getText()) == null) {
                return i18n.t("ui.dossier.extend.badDays", String.valueOf(MAX_DAYS));
            }
            return reason.getText().isBlank() ? i18n.t("ui.dossier.extend.noReason") : null;
        }, () -> new Extension(days(days.getText()), reason.getText().strip()), days);
    }

    static Optional<Handing> returnResult(Ui ui, String code, String applicant) {
        I18n i18n = ui.i18n();
        TextField who = ActionDialog.field("dossier-return-receivedBy");
        who.setText(applicant);
        TextField note = ActionDialog.field("dossier-return-note");
        ActionDialog<Handing> d = new ActionDialog<Handing>(ui, "dossier-return-dialog", i18n.t("ui.dossier.return.header", code),
                i18n.t("ui.dossier.return.confirm"))
                .row(i18n.t("ui.dossier.return.receivedBy"), who)
                .row(i18n.t("ui.dossier.note"), note);
        return d.show(() -> who.getText().isBlank() ? i18n.t("ui.dossier.return.noReceiver") : null,
                () -> new Handing(who.getText().strip(), blankToNull(note.getText())), who);
    }

    /** Withdrawal, stop or refusal: the reason, then an explicit confirmation that the dossier ends. */
    static Optional<String> end(Ui ui, String code, DossierAction action) {
        I18n i18n = ui.i18n();
        String name = label(i18n, action).replace("_", "");
        TextField reason = ActionDialog.field("dossier-end-reason");
        Label warning = new Label(i18n.t("ui.dossier.end.warning"), new FontIcon(Material2MZ.WARNING));
        warning.setWrapText(true);
        ActionDialog<String> d = new ActionDialog<String>(ui, "dossier-end-dialog", i18n.t("ui.dossier.end.header", name, code), name)
                .span(warning)
                .row(i18n.t("ui.dossier.end.reason"), reason);
        Optional<String> why = d.show(() -> reason.getText().isBlank() ? i18n.t("ui.dossier.end.noReason") : null,
                () -> reason.getText().strip(), reason);
        if (why.isEmpty()) {
            return why;
        }
        boolean sure = ui.dialogs().confirm(i18n.t("ui.dossier.end.confirm.header", name, code),
                i18n.t("ui.dossier.end.confirm.body", why.get()), name);
        return sure ? why : Optional.empty();
    }

    /** The button label of an action (with its mnemonic). */
    static String label(I18n i18n, DossierAction a) {
        return switch (a) {
            case HAND_OVER -> i18n.t("ui.dossier.action.handOver");
            case REQUEST_SUPPLEMENT -> i18n.t("ui.dossier.action.requestSupplement");
            case RECEIVE_SUPPLEMENT -> i18n.t("ui.dossier.action.receiveSupplement");
            case EXTEND -> i18n.t("ui.dossier.action.extend");
            case RESULT_READY -> i18n.t("ui.dossier.action.resultReady");
            case RETURN -> i18n.t("ui.dossier.action.return");
            case SIGN -> i18n.t("ui.dossier.action.sign");
            case WITHDRAW -> i18n.t("ui.dossier.action.withdraw");
            case STOP -> i18n.t("ui.dossier.action.stop");
            case REFUSE -> i18n.t("ui.dossier.action.refuse");
        };
    }

    static Integer days(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            return n >= 1 && n <= MAX_DAYS ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
