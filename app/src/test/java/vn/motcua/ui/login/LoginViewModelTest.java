package vn.motcua.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;
import vn.motcua.ui.BackgroundRunner;
import vn.motcua.ui.DialogService;
import vn.motcua.ui.ErrorReporter;
import vn.motcua.ui.I18n;
import vn.motcua.ui.Ui;

/** The log-in ViewModel on a same-thread runner: no toolkit, no sleeps. */
class LoginViewModelTest {
    @TempDir
    Path tmp;

    private final SimpleObjectProperty<AppContext> services = new SimpleObjectProperty<>();
    private final AtomicReference<Actor> loggedIn = new AtomicReference<>();
    private final I18n i18n = new I18n(Language.VI);
    private final LoginViewModel vm = new LoginViewModel(
            new Ui(i18n, new DialogService(i18n, () -> null), BackgroundRunner.SAME_THREAD, new ErrorReporter()),
            services, loggedIn::set);

    @Test
    void enterBeforeTheDatabaseIsReadyLogsInAsSoonAsItIs() {
        vm.usernameProperty().set(TestOffice.ADMIN);
        vm.passwordProperty().set(TestOffice.ADMIN_PASSWORD);
        vm.logIn();
        assertThat(vm.busyProperty().get()).isTrue();
        assertThat(loggedIn.get()).isNull();
        try (AppContext context = TestOffice.initialized(tmp)) {
            services.set(context);
            assertThat(loggedIn.get()).isNotNull();
            assertThat(loggedIn.get().username()).isEqualTo(TestOffice.ADMIN);
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(vm.passwordProperty().get()).as("the password does not linger").isEmpty();
        }
    }

    @Test
    void aWrongPasswordGivesTheSentenceAndNoLogIn() {
        try (AppContext context = TestOffice.initialized(tmp)) {
            services.set(context);
            vm.usernameProperty().set(TestOffice.ADMIN);
            vm.passwordProperty().set("nham-mat-khau");
            vm.logIn();
            assertThat(loggedIn.get()).isNull();
            assertThat(vm.messageProperty().get()).isEqualTo(i18n.t("login.failed"));
            assertThat(vm.canLogInProperty().get()).as("the password must be typed again").isFalse();
        }
    }
}
