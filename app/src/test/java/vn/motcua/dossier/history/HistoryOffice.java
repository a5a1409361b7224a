package vn.motcua.dossier.history;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.motcua.AppContext;
import vn.motcua.office.OfficeSetup;
import vn.motcua.security.PasswordHasher;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;

/** An initialized office whose clock stands still, so "overdue" and "today" do not move under a test. */
final class HistoryOffice {
    /** Wednesday 18 March 2026, 10:00 in Vietnam. */
    static final Instant NOW = Instant.parse("2026-03-18T03:00:00Z");

    private HistoryOffice() {
    }

    static AppContext open(Path dir, Instant now) {
        AppContext context = AppContext.open(new DataDirectory(dir).prepare(), new PasswordHasher(1_000), Clock.fixed(now, ZoneOffset.UTC));
        if (context.office().current().isEmpty()) {
            context.office().initialize(new OfficeSetup(TestOffice.AGENCY, "Trung tâm Phục vụ hành chính công xã Vụ Bản", "Nam Định",
                    "https://dichvucong.example.vn", TestOffice.ADMIN, "Trần Văn Quản", TestOffice.ADMIN_PASSWORD.toCharArray()));
        }
        return context;
    }
}
