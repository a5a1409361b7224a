package vn.motcua.testing;

import java.nio.file.Path;
import java.time.Clock;
import vn.motcua.AppContext;
import vn.motcua.office.OfficeSetup;
import vn.motcua.security.PasswordHasher;
import vn.motcua.storage.DataDirectory;

/** A real H2 office in a temporary directory, with a cheap password hash so tests stay quick. */
public final class TestOffice {
    public static final String AGENCY = "000.00.06.H56";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "mat-khau-9";

    private TestOffice() {
    }

    public static AppContext open(Path dir) {
        return AppContext.open(new DataDirectory(dir).prepare(), new PasswordHasher(1_000), Clock.systemUTC());
    }

    public static AppContext initialized(Path dir) {
        return initialized(dir, Clock.systemUTC());
    }

    /** An initialized office whose services all read {@code clock}. */
    public static AppContext initialized(Path dir, Clock clock) {
        AppContext context = AppContext.open(new DataDirectory(dir).prepare(), new PasswordHasher(1_000), clock);
        context.office().initialize(new OfficeSetup(AGENCY, "Trung tâm Phục vụ hành chính công xã Vụ Bản",
                "Nam Định", "https://dichvucong.example.vn", ADMIN, "Trần Văn Quản", ADMIN_PASSWORD.toCharArray()));
        return context;
    }
}
