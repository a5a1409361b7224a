package vn.motcua.ui.intake;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import vn.motcua.dossier.PaymentRequest;
import vn.motcua.ui.Ui;

/**
 * The fee block beside the printed receipt: state, amount, the VietQR the citizen scans (with
 * the bank, account, amount and purpose written under it for those who type them), and the
 * clerk's buttons: cash received, transfer received (optional bank reference), exemption.
 */
final class FeeCounterView {
    static final int QR_SIZE = 220;
    private final VBox root;

    FeeCounterView(Ui ui, FeeCounterModel m) {
        var i18n = ui.i18n();
        Label title = new Label(i18n.t("intake.fee"));
        title.getStyleClass().add("title-4");
        Label state = new Label();
        state.setId("intake-fee-state");
        state.getStyleClass().add("intake-fee-state");
        state.setWrapText(true);
        state.textProperty().bind(m.stateProperty());
        m.dueProperty().addListener((o, was, open) -> state.pseudoClassStateChanged(PAID, !open));

        ImageView qr = new ImageView();
        qr.setId("intake-fee-qr");
        qr.setFitWidth(QR_SIZE);
        qr.setFitHeight(QR_SIZE);
        qr.setPreserveRatio(true);
        qr.setSmooth(false);
        qr.setAccessibleText(i18n.t("intake.fee.qr.accessible"));
        Label bank = new Label();
        bank.setId("intake-fee-bank");
        bank.setWrapText(true);
        javafx.scene.layout.StackPane frame = new javafx.scene.layout.StackPane(qr);
        frame.getStyleClass().add("intake-fee-qr"); // white around the code whatever the theme: scanners need contrast
        frame.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox qrBox = new VBox(6, frame, bank);
        show(qrBox, false);
        Label noBank = new Label(i18n.t("intake.fee.noBank"));
        noBank.setId("intake-fee-noBank");
        noBank.getStyleClass().add("text-muted");
        noBank.setWrapText(true);
        noBank.visibleProperty().bind(m.noBankProperty().and(m.dueProperty()));
        noBank.managedProperty().bind(noBank.visibleProperty());
        m.paymentProperty().addListener((o, was, request) -> {
            qr.setImage(null);
            show(qrBox, request != null);
            if (request != null) {
                bank.setText(bankText(ui, request));
                ui.runner().run(() -> QrImage.of(request.vietQr(), QR_SIZE), qr::setImage, e -> ui.fail(e, m.messageProperty()::set));
            }
        });

        Button cash = new Button(i18n.t("intake.pay.cash"));
        cash.setId("intake-pay-cash");
        cash.setMaxWidth(Double.MAX_VALUE);
        cash.setOnAction(e -> m.payCash());
        TextField reference = new TextField();
        reference.setId("intake-pay-reference");
        reference.setPromptText(i18n.t("intake.pay.reference.prompt"));
        reference.textProperty().bindBidirectional(m.referenceProperty());
        reference.setOnAction(e -> m.payTransfer());
        Button transfer = new Button(i18n.t("intake.pay.transfer"));
        transfer.setId("intake-pay-transfer");
        transfer.setMaxWidth(Double.MAX_VALUE);
        transfer.setOnAction(e -> m.payTransfer());
        VBox transferBox = new VBox(4, reference, transfer);
        transferBox.visibleProperty().bind(m.noBankProperty().not());
        transferBox.managedProperty().bind(transferBox.visibleProperty());
        Button exempt = new Button(i18n.t("intake.fee.exempt"));
        exempt.setId("intake-fee-exempt");
        exempt.setMaxWidth(Double.MAX_VALUE);
        exempt.setOnAction(e -> askGround(ui).ifPresent(m::exempt));
        VBox actions = new VBox(6, cash, transferBox, exempt);
        actions.visibleProperty().bind(m.dueProperty());
        actions.managedProperty().bind(actions.visibleProperty());
        actions.disableProperty().bind(m.busyProperty());

        Label message = new Label();
        message.setId("intake-fee-message");
        message.getStyleClass().add("danger");
        message.setWrapText(true);
        message.textProperty().bind(m.messageProperty());
        message.visibleProperty().bind(m.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        root = new VBox(10, title, state, qrBox, noBank, actions, message);
        root.setId("intake-fees");
        root.getStyleClass().add("intake-fees");
        root.setPrefWidth(QR_SIZE + 40);
        root.setMinWidth(QR_SIZE + 24);
        root.visibleProperty().bind(m.shownProperty());
        root.managedProperty().bind(root.visibleProperty());
    }

    private static final javafx.css.PseudoClass PAID = javafx.css.PseudoClass.getPseudoClass("paid");

    private static void show(Node n, boolean on) {
        n.setVisible(on);
        n.setManaged(on);
    }

    private static String bankText(Ui ui, PaymentRequest r) {
        return ui.i18n().t("intake.fee.bank", r.bankName() == null ? r.bankBin() : r.bankName(), r.account(),
                Money.format(r.amount()), r.purpose());
    }

    /** The legal ground of an exemption; empty when the clerk cancels. */
    private static java.util.Optional<String> askGround(Ui ui) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(ui.i18n().t("app.name"));
        dialog.setHeaderText(ui.i18n().t("intake.fee.exempt.header"));
        dialog.setContentText(ui.i18n().t("intake.fee.exempt.ground"));
        dialog.getEditor().setId("intake-fee-ground");
        dialog.getEditor().setPrefColumnCount(32);
        dialog.getDialogPane().getButtonTypes().setAll(
                new javafx.scene.control.ButtonType(ui.i18n().t("intake.fee.exempt.confirm"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE),
                new javafx.scene.control.ButtonType(ui.i18n().t("dialog.cancel"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        return ui.dialogs().show(dialog);
    }

    Node root() {
        return root;
    }
}
