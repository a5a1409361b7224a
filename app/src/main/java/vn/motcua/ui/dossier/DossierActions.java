package vn.motcua.ui.dossier;

import java.util.function.Supplier;
import javafx.stage.Window;
import vn.motcua.dossier.Dossier;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/**
 * What each action button does: its dialog, then the service call through the view model; after
 * a supplement request it offers form 02, after an extension form 04, after the return the
 * citizen's rating window.
 */
final class DossierActions {
    private final DossierViewModel vm;
    private final Supplier<Window> owner;
    private RatingWindow rating;
    /** The key file or token library used last in this view, offered again. */
    private String lastKey;

    DossierActions(DossierViewModel vm, Supplier<Window> owner) {
        this.vm = vm;
        this.owner = owner;
    }

    void run(DossierAction action) {
        DossierSnapshot s = vm.snapshotProperty().get();
        if (s == null || vm.closed() || vm.busyProperty().get()) {
            return;
        }
        Ui ui = vm.ui();
        I18n i18n = ui.i18n();
        DossierDesk desk = vm.desk();
        Dossier d = s.story().dossier();
        String code = d.code();
        switch (action) {
            case HAND_OVER -> vm.colleagues(users -> ActionDialogs.handOver(ui, code, users).ifPresent(h -> vm.perform(() -> {
                desk.handOver(code, h);
                return null;
            }, i18n.t("ui.dossier.done.handOver", code), null)));
            case REQUEST_SUPPLEMENT -> ActionDialogs.supplementRequest(ui, code).ifPresent(what -> vm.perform(() -> {
                desk.requestSupplement(code, what);
                return null;
            }, i18n.t("ui.dossier.done.supplement", code), () -> offerForm("02")));
            case RECEIVE_SUPPLEMENT -> ActionDialogs.note(ui, "dossier-received-dialog", i18n.t("ui.dossier.received.header", code),
                    i18n.t("ui.dossier.received.confirm")).ifPresent(note -> vm.perform(() -> {
                        desk.receiveSupplement(code, note);
                        return null;
                    }, i18n.t("ui.dossier.done.received", code), null));
            case EXTEND -> ActionDialogs.extend(ui, code, Shown.when(d.dueAt()), DossierViewModel.warning(i18n, s))
                    .ifPresent(x -> vm.perform(() -> {
                        desk.extend(code, x.workingDays(), x.reason());
                        return null;
                    }, i18n.t("ui.dossier.done.extend", code), () -> offerForm("04")));
            case RESULT_READY -> ActionDialogs.note(ui, "dossier-ready-dialog", i18n.t("ui.dossier.ready.header", code),
                    i18n.t("ui.dossier.ready.confirm")).ifPresent(note -> vm.perform(() -> {
                        desk.resultReady(code, note);
                        return null;
                    }, i18n.t("ui.dossier.done.ready", code), null));
            case RETURN -> ActionDialogs.returnResult(ui, code, d.applicant().fullName()).ifPresent(h -> vm.perform(() -> {
                desk.returnResult(code, h.receivedBy(), h.note());
                return null;
            }, i18n.t("ui.dossier.done.return", code), () -> openRating(code, d.applicant().fullName())));
            case SIGN -> SignDialog.show(ui, code, DossierViewModel.signable(s), lastKey).ifPresent(r -> {
                lastKey = r.token() ? r.library().toString() : r.pkcs12().toString();
                vm.perform(() -> desk.sign(code, r), i18n.t("ui.dossier.done.sign", code), null);
            });
            case WITHDRAW, STOP, REFUSE -> ActionDialogs.end(ui, code, action).ifPresent(why -> vm.perform(() -> {
                desk.close(code, action.endStatus(), why);
                return null;
            }, i18n.t("ui.dossier.done.end", code, Shown.status(i18n, action.endStatus())), null));
        }
    }

    /** Asks whether to open the form the action produced now (the clerk prints it from the reader). */
    private void offerForm(String form) {
        I18n i18n = vm.ui().i18n();
        String label = formLabel(i18n, form);
        if (vm.ui().dialogs().confirm(i18n.t("ui.dossier.offerForm.header", label), i18n.t("ui.dossier.offerForm.body"),
                i18n.t("ui.dossier.offerForm.open"))) {
            vm.openForm(form);
        }
    }

    private void openRating(String code, String applicant) {
        if (vm.closed()) {
            return;
        }
        closeRating();
        rating = RatingWindow.open(vm.ui(), vm.desk(), code, applicant, owner.get(), () -> {
            if (!vm.closed()) {
                vm.load();
            }
        });
    }

    private void closeRating() {
        if (rating != null) {
            rating.close();
            rating = null;
        }
    }

    /** The rating window, while it is open (tests). */
    RatingWindow rating() {
        return rating;
    }

    void close() {
        closeRating();
    }

    static String formLabel(I18n i18n, String form) {
        return switch (form) {
            case "01" -> i18n.t("ui.dossier.form.01");
            case "02" -> i18n.t("ui.dossier.form.02");
            case "03" -> i18n.t("ui.dossier.form.03");
            case "04" -> i18n.t("ui.dossier.form.04");
            case "05" -> i18n.t("ui.dossier.form.05");
            case "06" -> i18n.t("ui.dossier.form.06");
            default -> i18n.t("ui.dossier.form.other", form);
        };
    }
}
