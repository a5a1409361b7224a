package vn.motcua.testing;

import java.nio.file.Path;
import java.time.Clock;
import vn.motcua.AppContext;
import vn.motcua.office.OfficeSetup;
import vn.motcua.security.PasswordHasher;
import vn.motcua.storage.DataDirectory;

/** A real office in a temporary directory (H2, or PostgreSQL through {@link TestDatabase}), with a cheap password hash so tests stay quick. */
public final class TestOffice {
    public static final String AGENCY = "000.00.06.H56";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "mat-khau-9";

    private TestOffice() {
    }

    public static AppContext open(Path dir) {
        return AppContext.open(new DataDirectory(dir).prepare(), new PasswordHasher(1_000), Clock.systemUTC());
    }

    /** An office on {@code database} (PostgreSQL: a fresh database on the shared test cluster). */
    public static AppContext open(Path dir, TestDatabase database) {
        return AppContext.open(database.prepare(dir), new PasswordHasher(1_000), Clock.systemUTC());
    }

    /** An initialized office on {@code database}. */
    public static AppContext initialized(Path dir, TestDatabase database) {
        return initialized(dir, Clock.systemUTC(), database);
    }

    /** An initialized office on {@code database} whose services all read {@code clock}. */
    public static AppContext initialized(Path dir, Clock clock, TestDatabase database) {
        database.prepare(dir);
        return initialized(dir, clock);
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
