package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.Language;
import vn.motcua.common.Messages;
import vn.motcua.common.UserFacingException;
import vn.motcua.testing.TestClock;
import vn.motcua.testing.TestOffice;

/** Repeated wrong passwords lock an account for a while; the clock decides when it opens again. */
class LockoutTest {
    @TempDir
    Path dir;
    TestClock clock = new TestClock(LocalDateTime.of(2026, 3, 5, 8, 0));
    AppContext context;
    UserService users;
    Actor admin;

    @BeforeEach
    void office() {
        context = TestOffice.initialized(dir, clock);
        users = context.users();
        admin = users.logIn(TestOffice.ADMIN, TestOffice.ADMIN_PASSWORD.toCharArray());
        users.add(admin, new NewUser("thu", "Lê Thị Thu", "mat-khau-thu".toCharArray(), Set.of(Role.CLERK)));
    }

    @AfterEach
    void close() {
        context.close();
    }

    private UserFacingException logIn(String user, String password) {
        return catchThrowableOfType(() -> users.logIn(user, password.toCharArray()), UserFacingException.class);
    }

    private void failUntilLocked() {
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            assertThat(logIn("thu", "sai-" + i).key()).isEqualTo("login.failed");
        }
        assertThat(logIn("thu", "sai-cuoi").key()).isEqualTo("user.locked");
    }

    @Test
    void theFifthWrongPasswordInARowLocksForFifteenMinutesSayingUntilWhen() {
        failUntilLocked();
        UserFacingException locked = logIn("thu", "mat-khau-thu");
        assertThat(locked.key()).isEqualTo("user.locked");
        assertThat(locked.localized(Messages.of(Language.VI))).contains("thu").contains("08:15 05/03/2026").contains("quản trị viên");
        assertThat(locked.localized(Messages.of(Language.EN))).contains("Try again after 08:15 05/03/2026");

        clock.advance(Duration.ofMinutes(14));
        assertThat(logIn("thu", "mat-khau-thu").key()).isEqualTo("user.locked");
        clock.advance(Duration.ofMinutes(1));
        assertThat(users.logIn("thu", "mat-khau-thu".toCharArray()).username()).isEqualTo("thu");
    }

    @Test
    void unknownUsersAndWrongPasswordsGetTheSameMessageAndASuccessResetsTheCount() {
        for (int i = 0; i < Lockout.MAX_FAILURES + 2; i++) {
            assertThat(logIn("khong.co.ai", "sai").key()).isEqualTo("login.failed");
        }
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            assertThat(logIn("thu", "sai").key()).isEqualTo("login.failed");
        }
        users.logIn("thu", "mat-khau-thu".toCharArray());
        for (int i = 1; i < Lockout.MAX_FAILURES; i++) {
            assertThat(logIn("thu", "sai").key()).as("the count starts again after a success").isEqualTo("login.failed");
        }
    }

    @Test
    void afterALockRunsOutTheCountStartsAgain() {
        failUntilLocked();
        clock.advance(Lockout.DURATION);
        assertThat(logIn("thu", "sai").key()).isEqualTo("login.failed");
    }

    @Test
    void anAdministratorUnlocksAndTheLockAndUnlockAreAudited() {
        failUntilLocked();
        StaffUser stored = users.list().stream().filter(u -> u.username().equals("thu")).findFirst().orElseThrow();
        assertThat(stored.lockedAt(clock.instant())).isTrue();
        Actor clerk = users.actingAs("thu");
        assertThat(catchThrowableOfType(() -> users.unlock(clerk, "thu"), UserFacingException.class).key())
                .isEqualTo("security.forbidden");

        users.unlock(admin, "thu");
        assertThat(users.logIn("thu", "mat-khau-thu".toCharArray()).username()).isEqualTo("thu");
        List<String> actions = context.database().sessionFactory()
                .fromTransaction(s -> context.audit().latest(s, 20)).stream().map(AuditEntry::action).toList();
        assertThat(actions).contains("ACCOUNT_LOCKED", "ACCOUNT_UNLOCKED").containsSubsequence("ACCOUNT_UNLOCKED", "ACCOUNT_LOCKED");
    }

    @Test
    void aResetPasswordLiftsTheLockAndTheOldPasswordNoLongerWorks() {
        failUntilLocked();
        users.resetPassword(admin, "thu", "mat-khau-moi".toCharArray());
        assertThat(logIn("thu", "mat-khau-thu").key()).isEqualTo("login.failed");
        assertThat(users.logIn("thu", "mat-khau-moi".toCharArray()).username()).isEqualTo("thu");
        assertThat(catchThrowableOfType(() -> users.resetPassword(admin, "thu", "ngan".toCharArray()), UserFacingException.class)
                .key()).isEqualTo("user.passwordTooShort");
    }

    @Test
    void aDisabledAccountCannotLogInAndTheLastAdministratorCannotBeDisabled() {
        users.disable(admin, "thu");
        assertThat(logIn("thu", "mat-khau-thu").key()).isEqualTo("login.failed");
        users.enable(admin, "thu");
        assertThat(users.logIn("thu", "mat-khau-thu".toCharArray()).username()).isEqualTo("thu");

        assertThat(catchThrowableOfType(() -> users.disable(admin, TestOffice.ADMIN), UserFacingException.class).key())
                .isEqualTo("user.lastAdministrator");
        users.add(admin, new NewUser("quan.tri.2", "Phạm Văn Hai", "mat-khau-hai".toCharArray(), Set.of(Role.ADMINISTRATOR)));
        users.disable(admin, TestOffice.ADMIN);
        assertThat(catchThrowableOfType(() -> users.disable(admin, "quan.tri.2"), UserFacingException.class).key())
                .isEqualTo("user.lastAdministrator");
        assertThat(catchThrowableOfType(() -> users.enable(admin, "khong.co"), UserFacingException.class).key())
                .isEqualTo("user.notFound");
    }

    @Test
    void aLogInRecordsWhenAndUpgradesAnOldHash() {
        String old = new PasswordHasher(500).hash("mat-khau-cu".toCharArray());
        context.database().sessionFactory().inTransaction(s -> UserService.find(s, "thu").changePasswordHash(old));
        clock.advance(Duration.ofMinutes(3));
        users.logIn("thu", "mat-khau-cu".toCharArray());
        StaffUser after = context.database().sessionFactory().fromTransaction(s -> UserService.find(s, "thu"));
        assertThat(after.lastLoginAt()).contains(clock.instant());
        assertThat(after.passwordHash()).isNotEqualTo(old).startsWith("pbkdf2-sha256$1000$");
        assertThat(users.logIn("thu", "mat-khau-cu".toCharArray()).username()).isEqualTo("thu");
    }
}
