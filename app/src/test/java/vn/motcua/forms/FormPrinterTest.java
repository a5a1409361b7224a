package vn.motcua.forms;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import javax.print.PrintServiceLookup;
import org.junit.jupiter.api.Test;
import vn.motcua.common.UserFacingException;

class FormPrinterTest {
    @Test
    void withoutAnyPrinterTheClerkGetsAClearMessage() {
        assumeTrue(PrintServiceLookup.lookupPrintServices(null, null).length == 0, "this machine has a printer");
        byte[] pdf = new RefusalForm(FormFonts.shared()).render(SampleForms.refusal());

        assertThatThrownBy(() -> FormPrinter.print(pdf, "Phiếu từ chối"))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> org.assertj.core.api.Assertions.assertThat(e.key()).isEqualTo("forms.noPrinter"));
    }
}
