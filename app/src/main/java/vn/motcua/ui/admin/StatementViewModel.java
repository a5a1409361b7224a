package vn.motcua.ui.admin;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.motcua.dossier.FeeDesk;
import vn.motcua.fees.PaymentMatch;
import vn.motcua.fees.StatementMatch;
import vn.motcua.security.Actor;
import vn.motcua.ui.Ui;

/**
 * Sao kê ngân hàng: a statement exported by the bank is matched against the fees still due.
 * Lines carrying a dossier code and its full amount are recorded as paid by transfer at once;
 * a code with another amount and money with no code are listed for the clerk to look into.
 */
public final class StatementViewModel {
    private final StringProperty file = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<StatementRow> paid = FXCollections.observableArrayList();
    private final ObservableList<StatementRow> wrongAmount = FXCollections.observableArrayList();
    private final ObservableList<StatementRow> unmatched = FXCollections.observableArrayList();
    private final Ui ui;
    private final FeeDesk fees;
    private final Actor actor;

    public StatementViewModel(Ui ui, FeeDesk fees, Actor actor) {
        this.ui = ui;
        this.fees = fees;
        this.actor = actor;
    }

    /** Imports {@code csv} in the background and shows what was paid and what needs a look. */
    public void importFile(Path csv) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        summary.set("");
        paid.clear();
        wrongAmount.clear();
        unmatched.clear();
        file.set(String.valueOf(csv.getFileName()));
        ui.runner().run(() -> fees.importStatement(actor, csv), this::show, error -> {
            busy.set(false);
            ui.fail(error, message::set);
        });
    }

    private void show(StatementMatch match) {
        busy.set(false);
        for (PaymentMatch m : match.matched()) {
            (m.amountMatches() ? paid : wrongAmount).add(StatementRow.of(m.dossierCode(), m.line()));
        }
        unmatched.setAll(match.unmatched().stream().map(l -> StatementRow.of(null, l)).toList());
        summary.set(ui.i18n().t("fees.statement.summary", paid.size(), wrongAmount.size(), unmatched.size()));
    }

    /** The chosen file's name, shown above the results. */
    public StringProperty fileProperty() {
        return file;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** A refused file's sentence (nothing was recorded). */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** Recorded as paid by transfer. */
    public ObservableList<StatementRow> paid() {
        return paid;
    }

    /** A dossier code with another amount: not recorded, to check. */
    public ObservableList<StatementRow> wrongAmount() {
        return wrongAmount;
    }

    /** Money received that names no dossier with fees due. */
    public ObservableList<StatementRow> unmatched() {
        return unmatched;
    }
}
