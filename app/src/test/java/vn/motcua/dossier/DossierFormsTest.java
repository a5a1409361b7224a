package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.RequiredComponent;
import vn.motcua.common.UserFacingException;
import vn.motcua.forms.Copies;
import vn.motcua.forms.PdfReadBack;
import vn.motcua.office.BankAccount;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** Forms of stored dossiers: what the office and the dossier hold ends up on paper, QR codes included. */
class DossierFormsTest {
    @TempDir
    Path dir;
    AppContext context;

    @BeforeEach
    void open() {
        context = TestOffice.initialized(dir);
        context.office().configure(Actor.SYSTEM, new OfficeSettings(null, null, "https://dvc.example.vn/tra-cuu/{code}",
                "UBND xã Vụ Bản", "Xã Vụ Bản", "0229 3820 123", new BankAccount("970436", "0011004455667", "Vietcombank"), null));
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void theReceiptCarriesTheOfficeTheApplicantAndBothQrCodes() throws Exception {
        Procedure p = Intakes.procedure(context, Intakes.RESIDENCE);
        IntakeResult r = context.intake().receive(Actor.SYSTEM, IntakeRequest.accept(p.code(), Intakes.applicant(), Intakes.complete(p, 1, 2)));
        byte[] pdf = context.dossierForms().render("01", r.code(), Copies.ONE);
        String text = PdfReadBack.text(pdf);
        assertThat(text).contains("UBND XÃ VỤ BẢN", "Xã Vụ Bản, ngày", r.code(), "Nguyễn Văn An", "001090012345", p.name(),
                "20.000 đồng", "quyển số");
        List<String> qr = PdfReadBack.qrCodes(PdfReadBack.image(pdf, 1, 150));
        assertThat(qr).contains("https://dvc.example.vn/tra-cuu/" + r.code());
        assertThat(qr).anySatisfy(q -> assertThat(q).startsWith("000201").contains("970436", "0011004455667", "540520000"));

        context.fees().pay(Actor.SYSTEM, r.code(), PaymentMethod.CASH, "BL-1");
        byte[] paid = context.dossierForms().render("01", r.code(), Copies.TWO);
        assertThat(PdfReadBack.pages(paid)).isEqualTo(2 * PdfReadBack.pages(pdf));
        assertThat(PdfReadBack.text(paid)).contains("đã thu tiền mặt");
        assertThat(PdfReadBack.qrCodes(PdfReadBack.image(paid, 1, 150))).as("no transfer QR once paid").hasSize(1);
    }

    @Test
    void aDossierSentBackListsWhatTheCatalogueAsksForOnForm02() throws Exception {
        Procedure p = Intakes.procedure(context, Intakes.RESIDENCE);
        RequiredComponent missing = Intakes.firstMandatoryPaper(p);
        List<vn.motcua.catalog.ComponentQuantity> brought = Intakes.complete(p, 1, 1).stream()
                .filter(c -> !c.code().equals(missing.code())).toList();
        IntakeResult r = context.intake().receive(Actor.SYSTEM, new IntakeRequest(null, p.code(), Intakes.applicant(), null, null,
                brought, null, null, 1, null, IntakeOutcome.REQUEST_SUPPLEMENT, "Thiếu tờ khai"));
        String text = PdfReadBack.text(context.dossierForms().render("02", r.code(), Copies.ONE));
        assertThat(text).contains("PHIẾU YÊU CẦU BỔ SUNG", r.code(), "Thiếu tờ khai", "0229 3820 123");
        assertThat(text.replaceAll("\\s+", " ")).contains(missing.name().split(" \\(")[0].substring(0, 20));
        assertThatThrownBy(() -> context.dossierForms().render("01", r.code(), Copies.ONE))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("forms.notProduced"));
    }

    @Test
    void aRefusalPrintsItsReasonOnForm03() throws Exception {
        Procedure p = Intakes.procedure(context, Intakes.RESIDENCE);
        IntakeResult r = context.intake().receive(Actor.SYSTEM, new IntakeRequest(null, p.code(), Intakes.applicant(), null, null,
                Intakes.complete(p, 1, 1), null, null, 1, null, IntakeOutcome.REFUSE, "Nơi cư trú không thuộc địa bàn xã"));
        String text = PdfReadBack.text(context.dossierForms().render("3", r.code(), Copies.ONE));
        assertThat(text).contains("Nơi cư trú không thuộc địa bàn xã", "Nguyễn Văn An");
        assertThatThrownBy(() -> context.dossierForms().render("07", r.code(), Copies.ONE)).isInstanceOf(UserFacingException.class);
    }
}
