package vn.motcua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.testing.TestOffice;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserServiceTest {
    AppContext context;
    Actor admin;

    @BeforeAll
    void open(@TempDir Path tmp) {
        context = TestOffice.initialized(tmp);
        admin = context.users().logIn(TestOffice.ADMIN, TestOffice.ADMIN_PASSWORD.toCharArray());
    }

    @AfterAll
    void close() {
        context.close();
    }

    @Test
    void anAdministratorCreatesAnAccountStoredInNfcWithAHashedPassword() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Lan", Normalizer.Form.NFD);
        StaffUser user = context.users().add(admin, request("Lan.Nguyen", decomposed, "mat-khau-lan", Role.CLERK));
        assertThat(user.username()).isEqualTo("lan.nguyen");
        assertThat(user.fullName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(user.passwordHash()).startsWith("pbkdf2-sha256$").doesNotContain("mat-khau-lan");
        assertThat(context.users().logIn("LAN.NGUYEN", "mat-khau-lan".toCharArray()).roles()).containsExactly(Role.CLERK);
    }

    @Test
    void badAccountsAreRefusedNamingTheField() {
        assertRefused(() -> context.users().add(admin, request("a b", "X", "12345678", Role.CLERK)), "user.badUsername");
        assertRefused(() -> context.users().add(admin, request("good.name", " ", "12345678", Role.CLERK)), "user.fullNameRequired");
        assertRefused(() -> context.users().add(admin, request("good.name", "X", "short", Role.CLERK)), "user.passwordTooShort");
        assertRefused(() -> context.users().add(admin, new NewUser("good.name", "X", "12345678".toCharArray(), Set.of())),
                "user.roleRequired");
        assertRefused(() -> context.users().add(admin, request(TestOffice.ADMIN, "X", "12345678", Role.CLERK)), "user.exists");
        assertThat(context.users().list()).noneMatch(u -> u.username().equals("good.name"));
    }

    @Test
    void onlyAnAdministratorMayCreateAccounts() {
        context.users().add(admin, request("clerk.only", "Lê Văn Tư", "mat-khau-tu", Role.CLERK));
        Actor clerk = context.users().logIn("clerk.only", "mat-khau-tu".toCharArray());
        assertRefused(() -> context.users().add(clerk, request("sneaky", "X", "12345678", Role.ADMINISTRATOR)),
                "security.forbidden");
        assertThat(context.users().list()).noneMatch(u -> u.username().equals("sneaky"));
    }

    @Test
    void rolesChangeFromTheNextLogInAndTheLastAdministratorKeepsTheRole() {
        context.users().add(admin, request("lan", "Phạm Thị Lan", "mat-khau-lan", Role.CLERK));
        Actor before = context.users().logIn("lan", "mat-khau-lan".toCharArray());
        assertRefused(() -> context.users().setRoles(before, "lan", Set.of(Role.CHAIR)), "security.forbidden");
        assertRefused(() -> context.users().setRoles(admin, "lan", Set.of()), "user.roleRequired");
        assertRefused(() -> context.users().setRoles(admin, "khong-co", Set.of(Role.CHAIR)), "user.notFound");

        context.users().setRoles(admin, "lan", Set.of(Role.CLERK, Role.CHAIR));
        assertThat(context.users().logIn("lan", "mat-khau-lan".toCharArray()).roles()).containsExactlyInAnyOrder(Role.CLERK, Role.CHAIR);
        var latest = context.database().sessionFactory().fromTransaction(s -> context.audit().latest(s, 5));
        assertThat(latest).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("USER_ROLES");
            assertThat(e.detail()).contains("CHAIR");
        });

        assertRefused(() -> context.users().setRoles(admin, TestOffice.ADMIN, Set.of(Role.CLERK)), "user.lastAdministrator");
        assertThat(context.users().logIn(TestOffice.ADMIN, TestOffice.ADMIN_PASSWORD.toCharArray()).roles()).contains(Role.ADMINISTRATOR);
        context.users().setRoles(admin, "lan", Set.of(Role.ADMINISTRATOR)); // now there are two
        context.users().setRoles(admin, TestOffice.ADMIN, Set.of(Role.CLERK));
        assertThat(context.users().logIn(TestOffice.ADMIN, TestOffice.ADMIN_PASSWORD.toCharArray()).roles()).containsExactly(Role.CLERK);
    }

    @Test
    void aWrongPasswordFailsTheSameWayAsAnUnknownUserAndIsAudited() {
        assertRefused(() -> context.users().logIn(TestOffice.ADMIN, "wrong-password".toCharArray()), "login.failed");
        assertRefused(() -> context.users().logIn("nobody", "wrong-password".toCharArray()), "login.failed");
        var latest = context.database().sessionFactory().fromTransaction(s -> context.audit().latest(s, 5));
        assertThat(latest).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("LOGIN_FAILED");
            assertThat(e.actorName()).isEqualTo(TestOffice.ADMIN);
        });
        StaffUser stored = context.users().list().stream().filter(u -> u.username().equals(TestOffice.ADMIN)).findFirst().orElseThrow();
        assertThat(stored.failedLogins()).isPositive();
    }

    private static NewUser request(String username, String fullName, String password, Role role) {
        return new NewUser(username, fullName, password.toCharArray(), EnumSet.of(role));
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(key));
    }
}
