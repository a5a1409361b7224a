package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.catalog.Procedure;
import vn.motcua.common.UserFacingException;
import vn.motcua.fees.VietQr;
import vn.motcua.office.BankAccount;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** Fees after the receipt: QR, payment, exemption, refund, statements — each with its audit and outbox rows. */
class FeeDeskTest {
    @TempDir
    Path dir;
    AppContext context;
    String code;

    @BeforeEach
    void receive() {
        context = TestOffice.initialized(dir);
        Procedure p = Intakes.procedure(context, Intakes.RESIDENCE);
        code = context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(p.code(), Intakes.applicant(), Intakes.complete(p, 1, 1))).code();
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void noQrWithoutABankAccountThenTheQrCarriesAmountAccountAndCode() {
        assertThatThrownBy(() -> context.fees().qr(code))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("fees.noBankAccount"));
        context.office().configure(Actor.SYSTEM, OfficeSettings.none().withBank(new BankAccount("970436", "0011004455667", null)));
        PaymentRequest qr = context.fees().qr(code);
        assertThat(qr.amount()).isEqualTo(20_000);
        Map<String, String> fields = VietQr.parse(qr.vietQr());
        assertThat(fields).containsEntry("54", "20000").containsEntry("62.08", code);
    }

    @Test
    void exemptionNeedsAGroundAndClosesTheFee() {
        assertThatThrownBy(() -> context.fees().exempt(Actor.SYSTEM, code, "  ")).isInstanceOf(UserFacingException.class);
        var fees = context.fees().exempt(Actor.SYSTEM, code, "Điều 4 Thông tư 75/2022/TT-BTC: người có công");
        assertThat(fees).allSatisfy(f -> assertThat(f.state()).isEqualTo(FeeState.EXEMPT));
        assertThatThrownBy(() -> context.fees().pay(Actor.SYSTEM, code, PaymentMethod.CASH, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("fees.nothingDue"));
        assertThat(rows("select count(*) from audit_entry where action = 'FEE_EXEMPT'")).isEqualTo(1);
        assertThat(rows("select count(*) from outbox_entry where action = 'FEE_EXEMPT'")).isEqualTo(1);
    }

    @Test
    void onlyAPaidFeeCanBeRefunded() {
        assertThatThrownBy(() -> context.fees().refund(Actor.SYSTEM, code, "Từ chối giải quyết"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("fees.nothingPaid"));
        context.fees().pay(Actor.SYSTEM, code, PaymentMethod.TRANSFER, "FT2611230001");
        var refunded = context.fees().refund(Actor.SYSTEM, code, "Từ chối giải quyết");
        assertThat(refunded).allSatisfy(f -> assertThat(f.state()).isEqualTo(FeeState.REFUNDED));
        assertThat(rows("select count(*) from outbox_entry where aggregate_type = 'dossier'")).isEqualTo(3); // receive, pay, refund
    }

    @Test
    void aBrokenStatementChangesNothing() throws Exception {
        Path csv = dir.resolve("broken.csv");
        Files.writeString(csv, "Ngày,Số tiền,Nội dung\n23/11/2026,hai mươi nghìn," + code + "\n");
        assertThatThrownBy(() -> context.fees().importStatement(Actor.SYSTEM, csv)).isInstanceOf(UserFacingException.class);
        assertThat(context.dossiers().fees(context.dossiers().require(code).id()))
                .allSatisfy(f -> assertThat(f.state()).isEqualTo(FeeState.DUE));
    }

    private long rows(String sql) {
        return context.database().sessionFactory().fromTransaction(s -> s.createNativeQuery(sql, Long.class).getSingleResult());
    }
}
