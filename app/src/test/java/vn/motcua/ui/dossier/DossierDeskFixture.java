package vn.motcua.ui.dossier;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.motcua.AppContext;
import vn.motcua.dossier.Intakes;
import vn.motcua.office.OfficeSetup;
import vn.motcua.security.Actor;
import vn.motcua.security.NewUser;
import vn.motcua.security.PasswordHasher;
import vn.motcua.security.Role;
import vn.motcua.storage.DataDirectory;
import vn.motcua.testing.TestOffice;

/**
 * A real office on a fresh data directory with a hand-set clock (Monday 2/3/2026 08:30, Vietnam
 * time), two colleagues to hand dossiers to, and the forms the view opened kept in memory.
 */
final class DossierDeskFixture implements AutoCloseable {
    record Opened(String fileName, byte[] pdf) {
    }

    final vn.motcua.testing.TestClock clock = new vn.motcua.testing.TestClock(LocalDateTime.of(2026, 3, 2, 8, 30));
    final AppContext context;
    final Actor clerk;
    final Actor chair;
    final DossierDesk desk;
    final List<Opened> opened = new CopyOnWriteArrayList<>();
    final PdfOpener opener = (name, pdf) -> opened.add(new Opened(name, pdf));

    DossierDeskFixture(Path dir) {
        context = AppContext.open(new DataDirectory(dir).prepare(), new PasswordHasher(1_000), clock);
        context.office().initialize(new OfficeSetup(TestOffice.AGENCY, "Trung tâm Phục vụ hành chính công xã Vụ Bản", "Nam Định",
                "https://dichvucong.example.vn", TestOffice.ADMIN, "Trần Văn Quản", TestOffice.ADMIN_PASSWORD.toCharArray()));
        clerk = context.users().actingAs(TestOffice.ADMIN);
        chair = context.users().add(clerk, new NewUser("chutich", "Phạm Văn Chủ", "mat-khau-chu-9".toCharArray(),
                Set.of(Role.CHAIR))).asActor();
        context.users().add(clerk, new NewUser("chuyenvien", "Lê Thị Chuyên", "mat-khau-cv-9".toCharArray(), Set.of(Role.SPECIALIST)));
        desk = DossierDesk.of(context, clerk, clock);
    }

    /** Receives a complete dossier of {@code procedure} at the desk now; returns its code. */
    String receive(String procedure) {
        return context.intake().receive(clerk, Intakes.accept(context, procedure)).code();
    }

    @Override
    public void close() {
        context.close();
    }
}
