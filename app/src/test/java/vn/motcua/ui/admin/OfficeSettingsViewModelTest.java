package vn.motcua.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.office.BankAccount;
import vn.motcua.office.Numbering;
import vn.motcua.office.Office;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/** The office details form on a real office: saved and read back, refused whole on a bad value. */
class OfficeSettingsViewModelTest {
    private final I18n i18n = new I18n(Language.VI);
    private final Ui ui = new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter());

    @TempDir
    Path tmp;
    AppContext context;
    OfficeSettingsViewModel vm;

    @BeforeEach
    void open() {
        context = TestOffice.initialized(tmp.resolve("data"));
        vm = new OfficeSettingsViewModel(ui, context.office(), CatalogViewModelTest.ADMIN);
        vm.load();
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Office stored() {
        return context.office().current().orElseThrow();
    }

    @Test
    void theStoredValuesAreShown() {
        assertThat(vm.agencyProperty().get()).isEqualTo(TestOffice.AGENCY);
        assertThat(vm.nameProperty().get()).isEqualTo(stored().name());
        assertThat(vm.provinceProperty().get()).isEqualTo("Nam Định");
        assertThat(vm.modeProperty().get()).isEqualTo(vn.motcua.office.NumberingMode.LOCAL);
        assertThat(vm.bankBinProperty().get()).isEmpty();
    }

    @Test
    void aBankAccountAndARangeAreSavedAndReadBack() {
        vm.bankBinProperty().set(" 970436 ");
        vm.bankAccountProperty().set("0011004455667");
        vm.bankNameProperty().set("Vietcombank");
        vm.phoneProperty().set("0228 3820 123");
        vm.parentBodyProperty().set("UBND XÃ VỤ BẢN");
        vm.modeProperty().set(vn.motcua.office.NumberingMode.RANGE);
        vm.rangeFromProperty().set("0001");
        vm.rangeToProperty().set("4999");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo(i18n.t("adminOffice.saved"));
        assertThat(vm.savedProperty().get()).isTrue();
        assertThat(stored().bankAccount()).contains(new BankAccount("970436", "0011004455667", "Vietcombank"));
        assertThat(stored().numbering()).isEqualTo(Numbering.range(1, 4999));
        assertThat(stored().parentBody()).isEqualTo("UBND XÃ VỤ BẢN");
        assertThat(vm.bankBinProperty().get()).as("read back from the office").isEqualTo("970436");

        vm.modeProperty().set(vn.motcua.office.NumberingMode.LOCAL);
        vm.save();
        assertThat(stored().numbering()).isEqualTo(Numbering.local());
        assertThat(vm.rangeFromProperty().get()).isEqualTo("0001");
        assertThat(vm.rangeToProperty().get()).isEqualTo("9999");
    }

    @Test
    void aWrongBinIsExplainedAndNothingIsSaved() {
        vm.bankBinProperty().set("97043");
        vm.bankAccountProperty().set("0011004455667");
        vm.phoneProperty().set("0228 3820 123");
        vm.save();
        assertThat(vm.messageProperty().get()).contains("97043").contains("6 chữ số");
        assertThat(vm.savedProperty().get()).isFalse();
        assertThat(stored().bankAccount()).isEmpty();
        assertThat(stored().phone()).as("refused whole").isNull();
    }

    @Test
    void aRangeThatIsNotANumberOrIsBackwardsIsExplained() {
        vm.modeProperty().set(vn.motcua.office.NumberingMode.RANGE);
        vm.rangeFromProperty().set("một");
        vm.rangeToProperty().set("4999");
        vm.save();
        assertThat(vm.messageProperty().get()).contains("một-4999");
        vm.rangeFromProperty().set("5000");
        vm.rangeToProperty().set("4999");
        vm.save();
        assertThat(vm.messageProperty().get()).contains("5000").contains("4999");
        assertThat(stored().numbering()).isEqualTo(Numbering.local());
    }
}
