package vn.motcua.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.dossier.DossierFee;
import vn.motcua.dossier.FeeState;
import vn.motcua.dossier.PaymentMethod;
import vn.motcua.office.BankAccount;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/** Fees at the counter after saving, on a real office database and a same-thread runner. */
class FeeCounterModelTest {
    static final String RESIDENCE = "1.004222";

    @TempDir
    Path tmp;

    private final I18n i18n = new I18n(Language.VI);
    private final Ui ui = new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter());
    private AppContext context;
    private IntakeDesk desk;

    @BeforeEach
    void open() {
        context = TestOffice.initialized(tmp.resolve("office"));
        Actor admin = context.users().logIn(TestOffice.ADMIN, TestOffice.ADMIN_PASSWORD.toCharArray());
        desk = IntakeDesk.of(context, admin);
    }

    @AfterEach
    void close() {
        context.close();
    }

    private void withBank() {
        context.office().configure(Actor.SYSTEM, OfficeSettings.none().withBank(new BankAccount("970436", "0011004455667", "Vietcombank")));
    }

    /** Saves a residence dossier through the form and opens its receipt preview, fees loaded. */
    private ReceiptPreviewModel savedResidence() {
        IntakeViewModel vm = new IntakeViewModel(ui, desk, new DraftAutosaver(new IntakeDraftStore(tmp.resolve("drafts/intake.json"), null), 0));
        vm.start();
        vm.procedureQueryProperty().set(RESIDENCE);
        vm.choose(vm.suggestions().get(0));
        vm.applicant().fullNameProperty().set("Trần Văn Bình");
        vm.applicant().idNumberProperty().set("036085001234");
        vm.save();
        assertThat(vm.messageProperty().get()).isEmpty();
        ReceiptPreviewModel preview = new ReceiptPreviewModel(ui, desk, vm.resultProperty().get());
        preview.render();
        preview.fees().load();
        return preview;
    }

    static String decode(com.google.zxing.common.BitMatrix m) {
        try {
            var image = com.google.zxing.client.j2se.MatrixToImageWriter.toBufferedImage(m);
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
            return new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
        } catch (com.google.zxing.ReaderException e) {
            throw new AssertionError("no QR code found", e);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void payingCashMarksTheFeesPaidAndTheReceiptIsRenderedAgainSayingSo() throws IOException {
        ReceiptPreviewModel preview = savedResidence();
        FeeCounterModel fees = preview.fees();
        String code = preview.result().code();
        assertThat(fees.shownProperty().get()).isTrue();
        assertThat(fees.dueProperty().get()).isTrue();
        assertThat(fees.amountProperty().get()).isEqualTo("20.000 đ");
        assertThat(fees.stateProperty().get()).isEqualTo(i18n.t("intake.fee.state.due", "20.000 đ"));
        assertThat(fees.noBankProperty().get()).as("no bank account in a fresh office: cash only").isTrue();
        assertThat(fees.paymentProperty().get()).isNull();
        assertThat(text(preview.pdf())).doesNotContain("đã thu tiền mặt");

        fees.payCash();

        assertThat(fees.messageProperty().get()).isEmpty();
        assertThat(context.dossiers().fees(preview.result().id())).extracting(DossierFee::state, DossierFee::method)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(FeeState.PAID, PaymentMethod.CASH));
        assertThat(fees.dueProperty().get()).isFalse();
        assertThat(fees.stateProperty().get()).isEqualTo(i18n.t("intake.fee.state.paidCash", "20.000 đ"));
        assertThat(text(preview.pdf())).as("re-rendered from the database").contains("đã thu tiền mặt");
        assertThat(context.dossiers().require(code).code()).isEqualTo(code);
    }

    @Test
    void withABankAccountThePreviewCarriesTheServicesVietQrAndATransferIsRecordedWithItsReference() throws IOException {
        withBank();
        ReceiptPreviewModel preview = savedResidence();
        String code = preview.result().code();
        FeeCounterModel fees = preview.fees();
        assertThat(fees.noBankProperty().get()).isFalse();
        assertThat(fees.paymentProperty().get()).isNotNull();
        assertThat(fees.paymentProperty().get().vietQr()).isEqualTo(context.fees().qr(code).vietQr());
        assertThat(fees.paymentProperty().get().amount()).isEqualTo(20_000L);
        String vietQr = fees.paymentProperty().get().vietQr();
        assertThat(decode(QrImage.matrix(vietQr, FeeCounterView.QR_SIZE))).as("the code painted on screen reads back").isEqualTo(vietQr);

        fees.referenceProperty().set("  FT2501234567 ");
        fees.payTransfer();

        DossierFee paid = context.dossiers().fees(preview.result().id()).get(0);
        assertThat(paid.state()).isEqualTo(FeeState.PAID);
        assertThat(paid.method()).isEqualTo(PaymentMethod.TRANSFER);
        assertThat(paid.reference()).isEqualTo("FT2501234567");
        assertThat(fees.paymentProperty().get()).as("nothing left to transfer: the QR goes").isNull();
        assertThat(fees.stateProperty().get()).isEqualTo(i18n.t("intake.fee.state.paidTransfer", "20.000 đ"));
        assertThat(text(preview.pdf())).contains("đã thu qua chuyển khoản");
    }

    @Test
    void anExemptionWithoutLegalGroundIsRefusedAndWithOneIsRecorded() {
        ReceiptPreviewModel preview = savedResidence();
        FeeCounterModel fees = preview.fees();
        fees.exempt("   ");
        assertThat(fees.messageProperty().get()).isEqualTo(i18n.t("fees.groundRequired"));
        assertThat(context.dossiers().fees(preview.result().id())).extracting(DossierFee::state).containsExactly(FeeState.DUE);
        assertThat(fees.dueProperty().get()).isTrue();

        fees.exempt("Nghị định 01/2025/NĐ-CP, người có công");
        assertThat(fees.messageProperty().get()).isEmpty();
        DossierFee waived = context.dossiers().fees(preview.result().id()).get(0);
        assertThat(waived.state()).isEqualTo(FeeState.EXEMPT);
        assertThat(waived.ground()).isEqualTo("Nghị định 01/2025/NĐ-CP, người có công");
        assertThat(fees.stateProperty().get()).contains("Nghị định 01/2025/NĐ-CP");
    }

    @Test
    void aDossierWithoutFeesShowsNoFeeBlock() {
        IntakeViewModel vm = new IntakeViewModel(ui, desk, new DraftAutosaver(new IntakeDraftStore(tmp.resolve("d.json"), null), 0));
        vm.start();
        vm.procedureQueryProperty().set("1.001193"); // birth registration: free
        vm.choose(vm.suggestions().get(0));
        vm.applicant().fullNameProperty().set("Trần Văn Bình");
        vm.save();
        ReceiptPreviewModel preview = new ReceiptPreviewModel(ui, desk, vm.resultProperty().get());
        preview.fees().load();
        assertThat(preview.fees().shownProperty().get()).isFalse();
        assertThat(preview.fees().noBankProperty().get()).isFalse();
        assertThat(preview.fees().messageProperty().get()).isEmpty();
    }
}
