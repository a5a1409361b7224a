package vn.motcua.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Intakes;
import vn.motcua.office.BankAccount;
import vn.motcua.office.OfficeSettings;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/** Importing a bank statement from the clerk's screen: paid, wrong amount, unmatched, refused file. */
class StatementViewModelTest {
    private final I18n i18n = new I18n(Language.VI);
    private final Ui ui = new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter());

    @TempDir
    Path tmp;
    AppContext context;

    @BeforeEach
    void open() {
        context = TestOffice.initialized(tmp.resolve("data"));
        context.office().configure(Actor.SYSTEM, OfficeSettings.none().withBank(new BankAccount("970436", "0011004455667", "VCB")));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private String receive() {
        return context.intake().receive(Actor.SYSTEM, Intakes.accept(context, Intakes.RESIDENCE)).code();
    }

    @Test
    void aLineWithTheCodeAndAmountIsRecordedAsPaidAndTheOthersAreListed() throws Exception {
        String first = receive();
        String second = receive();
        long due = context.fees().qr(first).amount();
        StatementViewModel vm = new StatementViewModel(ui, context.fees(), CatalogViewModelTest.CLERK);
        vm.importFile(AdminFiles.statement(tmp, first, due, second));

        assertThat(vm.paid()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(first);
            assertThat(r.amount()).isEqualTo(AdminText.money(due));
            assertThat(r.row()).isEqualTo(3);
        });
        assertThat(vm.wrongAmount()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo(second);
            assertThat(r.amount()).isEqualTo("1.000");
        });
        assertThat(vm.unmatched()).singleElement().satisfies(r -> assertThat(r.description()).contains("KHUYEN HOC"));
        assertThat(vm.summaryProperty().get()).isEqualTo(i18n.t("fees.statement.summary", 1, 1, 1));
        assertThat(vm.fileProperty().get()).isEqualTo("sao-ke.csv");
        assertThatThrownBy(() -> context.fees().qr(first)).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.key()).isEqualTo("fees.nothingDue"));
        assertThat(context.fees().qr(second).amount()).as("a wrong amount is not recorded").isEqualTo(due);
    }

    @Test
    void aFileWithoutAHeaderIsExplainedAndNothingIsPaid() throws Exception {
        String code = receive();
        long due = context.fees().qr(code).amount();
        StatementViewModel vm = new StatementViewModel(ui, context.fees(), CatalogViewModelTest.CLERK);
        vm.importFile(Files.writeString(tmp.resolve("khong-phai-sao-ke.csv"), "a;b;c\n1;2;" + code + "\n"));
        assertThat(vm.messageProperty().get()).isEqualTo(i18n.t("fees.statement.noHeader"));
        assertThat(vm.paid()).isEmpty();
        assertThat(vm.summaryProperty().get()).isEmpty();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(context.fees().qr(code).amount()).isEqualTo(due);
    }
}
