package vn.motcua.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Role;
import vn.motcua.testing.TestOffice;

class OfficeServiceTest {
    @TempDir
    Path tmp;

    @Test
    void setupCreatesTheOfficeTheAdministratorAndTheirAuditLines() {
        try (AppContext context = TestOffice.open(tmp)) {
            assertThat(context.office().isInitialized()).isFalse();
            String name = Normalizer.normalize("Trung tâm Phục vụ hành chính công xã Gia Phú", Normalizer.Form.NFD);
            Office office = context.office().initialize(setup("000.00.06.H56", name, "admin"));
            assertThat(office.name()).isEqualTo("Trung tâm Phục vụ hành chính công xã Gia Phú");
            assertThat(context.office().current()).map(Office::agencyCode).contains("000.00.06.H56");
            assertThat(context.users().list()).singleElement().satisfies(u -> assertThat(u.roles()).containsExactlyInAnyOrder(Role.ADMINISTRATOR, Role.CLERK));
            var audit = context.database().sessionFactory().fromTransaction(s -> context.audit().latest(s, 10));
            assertThat(audit).extracting(a -> a.action()).contains("OFFICE_INIT", "USER_ADD");
        }
    }

    @Test
    void aSecondSetupIsRefusedAndChangesNothing() {
        try (AppContext context = TestOffice.initialized(tmp)) {
            assertThatThrownBy(() -> context.office().initialize(setup("H99", "Khác", "other")))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("office.alreadyInitialized"));
            assertThat(context.office().current()).map(Office::agencyCode).contains(TestOffice.AGENCY);
            assertThat(context.users().list()).hasSize(1);
        }
    }

    @Test
    void twoSetupsRacingLeaveExactlyOneOffice() throws Exception {
        try (AppContext context = TestOffice.open(tmp)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Callable<Office>> attempts = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String admin = "admin" + i;
                attempts.add(() -> context.office().initialize(setup("H5" + admin.charAt(5), "Xã " + admin, admin)));
            }
            int succeeded = 0;
            for (Future<Office> f : pool.invokeAll(attempts)) {
                try {
                    f.get();
                    succeeded++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(UserFacingException.class);
                }
            }
            pool.shutdown();
            assertThat(succeeded).isEqualTo(1);
            assertThat(context.users().list()).hasSize(1);
        }
    }

    @Test
    void badOfficeDetailsAreRefusedBeforeAnythingIsWritten() {
        try (AppContext context = TestOffice.open(tmp)) {
            assertKey(() -> context.office().initialize(setup("000 00 H56", "Xã", "admin")), "office.badAgencyCode");
            assertKey(() -> context.office().initialize(setup("H56", "  ", "admin")), "office.nameRequired");
            assertKey(() -> context.office().initialize(new OfficeSetup("H56", "Xã", null, "ftp://x", "admin", "A",
                    "12345678".toCharArray())), "office.badLookupUrl");
            assertKey(() -> context.office().initialize(new OfficeSetup("H56", "Xã", null, null, "admin", "A",
                    "short".toCharArray())), "user.passwordTooShort");
            assertThat(context.office().isInitialized()).as("a bad administrator rolls the office back too").isFalse();
            assertThat(context.users().list()).isEmpty();
        }
    }

    private static OfficeSetup setup(String code, String name, String admin) {
        return new OfficeSetup(code, name, "Ninh Bình", "https://dichvucong.example.vn", admin, "Quản Trị", "mat-khau-9".toCharArray());
    }

    private static void assertKey(Runnable r, String key) {
        assertThatThrownBy(r::run).isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo(key));
    }

    @Test
    void onlyAnAdministratorSetsTheHoursAndTheChangeIsAudited() {
        try (AppContext context = TestOffice.initialized(tmp)) {
            vn.motcua.security.Actor admin = context.users().logIn(TestOffice.ADMIN, TestOffice.ADMIN_PASSWORD.toCharArray());
            context.users().add(admin, new vn.motcua.security.NewUser("thu.ky", "Lê Thu", "mat-khau-9".toCharArray(),
                    java.util.EnumSet.of(Role.CLERK)));
            vn.motcua.security.Actor clerk = context.users().logIn("thu.ky", "mat-khau-9".toCharArray());
            assertKey(() -> context.office().setHours(clerk, "07:00-11:00", "13:00-16:30", null), "security.forbidden");
            assertThat(context.office().hours()).isEqualTo(vn.motcua.calendar.OfficeHours.standard());

            context.office().setHours(admin, "07:00-11:00", "13:00-16:30", "07:30-11:30");
            assertThat(context.office().hours().closing()).isEqualTo(java.time.LocalTime.of(16, 30));
            assertThat(context.calendar().inForce().officeHours().saturdayReception()).isPresent();
            var audit = context.database().sessionFactory().fromTransaction(s -> context.audit().latest(s, 3));
            assertThat(audit.get(0).action()).isEqualTo("OFFICE_HOURS_SET");
            assertThat(audit.get(0).actorName()).isEqualTo(TestOffice.ADMIN);
        }
    }
}
