package vn.motcua.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Lockout;
import vn.motcua.storage.DataDirectory;

/** {@code user disable|enable|reset-password|unlock}: the administrator's account changes from the command line. */
class UserAccountsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private Path dir() {
        return tmp.resolve("data");
    }

    @BeforeEach
    void office() {
        CliRun init = CliRun.withStdin("mat-khau-9\n", "--data-dir", dir().toString(), "init", "--office-id", "000.00.06.H56",
                "--office-name", "Trung tâm PVHCC xã Vụ Bản", "--admin-user", "admin", "--admin-password-stdin");
        assertThat(init.exit()).as(init.err()).isZero();
        CliRun add = CliRun.withStdin("mat-khau-thu\n", "--data-dir", dir().toString(), "user", "add", "thu",
                "--full-name", "Lê Thị Thu", "--role", "clerk", "--password-stdin");
        assertThat(add.exit()).as(add.err()).isZero();
    }

    /** Logs in on the data directory as the desktop would; the key of the refusal, or null when it went through. */
    private String logIn(String user, String password) {
        try (AppContext context = AppContext.open(new DataDirectory(dir()).prepare())) {
            context.users().logIn(user, password.toCharArray());
            return null;
        } catch (UserFacingException e) {
            return e.key();
        }
    }

    @Test
    void disableThenEnableAnAccount() throws Exception {
        CliRun disabled = CliRun.in(dir(), "--json", "user", "disable", "thu");
        assertThat(disabled.exit()).as(disabled.err()).isZero();
        assertThat(JSON.readTree(disabled.out()).get("active").asBoolean()).isFalse();
        assertThat(logIn("thu", "mat-khau-thu")).isEqualTo("login.failed");
        assertThat(CliRun.in(dir(), "user", "list").out()).contains("thu\tLê Thị Thu\t[CLERK]\tngừng hoạt động");

        CliRun enabled = CliRun.in(dir(), "user", "enable", "thu");
        assertThat(enabled.exit()).as(enabled.err()).isZero();
        assertThat(enabled.out()).contains("thu");
        assertThat(logIn("thu", "mat-khau-thu")).isNull();
    }

    @Test
    void rolesAreSetOnTheCommandLine() throws Exception {
        CliRun set = CliRun.in(dir(), "--json", "user", "roles", "thu", "--role", "clerk", "--role", "chair");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(JSON.readTree(set.out()).get("roles").toString()).isEqualTo("[\"chair\",\"clerk\"]");
        assertThat(CliRun.in(dir(), "user", "list").out().lines().filter(l -> l.startsWith("thu\t")))
                .singleElement().satisfies(l -> assertThat(l).contains("CHAIR").contains("CLERK").doesNotContain("SPECIALIST"));
        CliRun bad = CliRun.in(dir(), "user", "roles", "thu", "--role", "truong-phong");
        assertThat(bad.exit()).isNotZero();
        CliRun lastAdmin = CliRun.in(dir(), "user", "roles", "admin", "--role", "clerk");
        assertThat(lastAdmin.exit()).isEqualTo(1);
        assertThat(lastAdmin.err()).contains("quản trị viên cuối cùng");
    }

    @Test
    void theLastActiveAdministratorIsNeverDisabled() {
        CliRun refused = CliRun.in(dir(), "user", "disable", "admin");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).contains("admin").contains("quản trị viên cuối cùng").doesNotContain("Exception");
        assertThat(logIn("admin", "mat-khau-9")).isNull();
    }

    @Test
    void resetPasswordReadsStdinAndUnlockLiftsALock() throws Exception {
        for (int i = 0; i < Lockout.MAX_FAILURES; i++) {
            logIn("thu", "sai-mat-khau");
        }
        assertThat(logIn("thu", "mat-khau-thu")).isEqualTo("user.locked");
        JsonNode locked = JSON.readTree(CliRun.in(dir(), "--json", "user", "list").out());
        JsonNode thu = null;
        for (JsonNode u : locked) {
            if (u.get("username").asText().equals("thu")) {
                thu = u;
            }
        }
        assertThat(thu).isNotNull();
        assertThat(thu.get("lockedUntil").isNull()).isFalse();
        assertThat(CliRun.in(dir(), "user", "list").out()).contains("tạm khóa đến");

        CliRun unlocked = CliRun.in(dir(), "user", "unlock", "thu");
        assertThat(unlocked.exit()).as(unlocked.err()).isZero();
        assertThat(logIn("thu", "mat-khau-thu")).isNull();

        CliRun reset = CliRun.withStdin("mat-khau-moi\n", "--data-dir", dir().toString(), "user", "reset-password", "thu",
                "--password-stdin");
        assertThat(reset.exit()).as(reset.err()).isZero();
        assertThat(logIn("thu", "mat-khau-thu")).isEqualTo("login.failed");
        assertThat(logIn("thu", "mat-khau-moi")).isNull();

        CliRun tooShort = CliRun.withStdin("ngan\n", "--data-dir", dir().toString(), "user", "reset-password", "thu",
                "--password-stdin");
        assertThat(tooShort.exit()).isEqualTo(1);
        assertThat(logIn("thu", "mat-khau-moi")).isNull();
    }

    @Test
    void anUnknownAccountIsOneSentenceAndUsageErrorsExitTwo() {
        CliRun unknown = CliRun.in(dir(), "user", "unlock", "khong-co");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("khong-co").contains("user list");
        assertThat(CliRun.in(dir(), "user", "disable").exit()).isEqualTo(2);
        assertThat(CliRun.in(dir(), "user", "reset-password", "thu").exit()).isEqualTo(2);
    }
}
