package vn.motcua.ui.intake;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.DossierFee;
import vn.motcua.dossier.FeeState;
import vn.motcua.dossier.IntakeResult;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.dossier.PaymentRequest;
import vn.motcua.ui.Ui;

/**
 * Fees at the counter, right after saving: what is still due, the VietQR transfer request when
 * the office has a bank account (cash only otherwise), and the clerk's confirmation of cash,
 * transfer or an exemption on a legal ground. A QR on screen is not a payment: the lines change
 * only when the clerk confirms. After a change the receipt is rendered again ({@code settled}).
 */
public final class FeeCounterModel {
    private final BooleanProperty shown = new SimpleBooleanProperty();
    private final BooleanProperty due = new SimpleBooleanProperty();
    private final BooleanProperty noBank = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final ObjectProperty<PaymentRequest> payment = new SimpleObjectProperty<>();
    private final Ui ui;
    private final IntakeDesk desk;
    private final IntakeResult result;
    private final Runnable settled;

    public FeeCounterModel(Ui ui, IntakeDesk desk, IntakeResult result, Runnable settled) {
        this.ui = ui;
        this.desk = desk;
        this.result = result;
        this.settled = settled;
    }

    /** Reads the dossier's fee lines and, while something is due, its transfer request. */
    public void load() {
        busy.set(true);
        ui.runner().run(() -> {
            List<DossierFee> fees = desk.fees(result.id());
            PaymentRequest request = null;
            boolean bankMissing = false;
            if (dueSum(fees) > 0) {
                try {
                    request = desk.paymentRequest(result.code());
                } catch (UserFacingException e) {
                    if (!"fees.noBankAccount".equals(e.key())) {
                        throw e;
                    }
                    bankMissing = true;
                }
            }
            return new Loaded(fees, request, bankMissing);
        }, loaded -> {
            busy.set(false);
            show(loaded.fees());
            payment.set(loaded.request());
            noBank.set(loaded.bankMissing());
        }, e -> {
            busy.set(false);
            ui.fail(e, message::set);
        });
    }

    private record Loaded(List<DossierFee> fees, PaymentRequest request, boolean bankMissing) {
    }

    public void payCash() {
        settle(() -> desk.pay(result.code(), PaymentMethod.CASH, null));
    }

    /** A transfer the clerk has seen arrive; the bank's reference is optional. */
    public void payTransfer() {
        String ref = reference.get() == null || reference.get().isBlank() ? null : reference.get().trim();
        settle(() -> desk.pay(result.code(), PaymentMethod.TRANSFER, ref));
    }

    /** Waives what is due; without a legal ground nothing changes and the message says why. */
    public void exempt(String legalGround) {
        if (legalGround == null || legalGround.isBlank()) {
            message.set(ui.i18n().t("fees.groundRequired"));
            return;
        }
        settle(() -> desk.exempt(result.code(), legalGround));
    }

    private void settle(java.util.concurrent.Callable<List<DossierFee>> change) {
        if (busy.get() || !due.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        ui.runner().run(change, fees -> {
            busy.set(false);
            show(fees);
            payment.set(null);
            settled.run();
        }, e -> {
            busy.set(false);
            ui.fail(e, message::set);
        });
    }

    private void show(List<DossierFee> fees) {
        long total = fees.stream().mapToLong(DossierFee::amount).sum();
        long open = dueSum(fees);
        shown.set(total > 0);
        due.set(open > 0);
        amount.set(Money.format(open > 0 ? open : total));
        state.set(stateText(fees, open, total));
    }

    private String stateText(List<DossierFee> fees, long open, long total) {
        if (open > 0) {
            return ui.i18n().t("intake.fee.state.due", Money.format(open));
        }
        DossierFee paid = fees.stream().filter(f -> f.state() == FeeState.PAID).findFirst().orElse(null);
        if (paid != null) {
            return ui.i18n().t(paid.method() == PaymentMethod.TRANSFER ? "intake.fee.state.paidTransfer"
                    : "intake.fee.state.paidCash", Money.format(total));
        }
        DossierFee exempt = fees.stream().filter(f -> f.state() == FeeState.EXEMPT).findFirst().orElse(null);
        if (exempt != null) {
            return ui.i18n().t("intake.fee.state.exempt", exempt.ground());
        }
        return ui.i18n().t("intake.fee.state.refunded");
    }

    private static long dueSum(List<DossierFee> fees) {
        return fees.stream().filter(f -> f.state() == FeeState.DUE).mapToLong(DossierFee::amount).sum();
    }

    /** There are fee lines with money on them: the block is on screen. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Something is still to collect: the pay and exempt buttons work. */
    public BooleanProperty dueProperty() {
        return due;
    }

    /** No bank account configured: cash only. */
    public BooleanProperty noBankProperty() {
        return noBank;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** What is due (or, once settled, what the fees came to), as money text. */
    public StringProperty amountProperty() {
        return amount;
    }

    /** "Chưa thu …", "Đã thu … — tiền mặt", … */
    public StringProperty stateProperty() {
        return state;
    }

    /** The bank's transaction reference for a transfer (optional). */
    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The transfer request and its VietQR text; {@code null} when nothing is due or no bank account. */
    public ObjectProperty<PaymentRequest> paymentProperty() {
        return payment;
    }
}
