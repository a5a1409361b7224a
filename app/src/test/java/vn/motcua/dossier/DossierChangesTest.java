package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.security.Actor;
import vn.motcua.testing.TestOffice;

/** The "what changed since" token moves with every received dossier and every status change, and only then. */
class DossierChangesTest {
    @TempDir
    Path dir;

    @Test
    void theTokenMovesWhenADossierIsReceivedOrMovedAndStaysOtherwise() {
        try (AppContext context = TestOffice.initialized(dir)) {
            DossierChanges changes = context.dossierChanges();
            DossierChanges.Token empty = changes.current();
            assertThat(empty).isEqualTo(new DossierChanges.Token(0, 0));
            assertThat(changes.current()).as("nothing happened").isEqualTo(empty);

            Actor admin = context.users().actingAs(TestOffice.ADMIN);
            String code = context.intake().receive(admin, Intakes.accept(context, Intakes.RESIDENCE)).code();
            DossierChanges.Token received = changes.current();
            assertThat(received.dossiers()).isEqualTo(1);
            assertThat(received.lastEvent()).isGreaterThan(empty.lastEvent());
            assertThat(changes.current()).isEqualTo(received);

            context.dossierQuery().page(DossierFilter.tab(DossierFilter.Tab.ALL), 0, 10); // reading changes nothing
            assertThat(changes.current()).isEqualTo(received);

            context.processing().requestSupplement(admin, code, "Bản sao sổ hộ khẩu");
            DossierChanges.Token moved = changes.current();
            assertThat(moved.dossiers()).as("no new dossier").isEqualTo(1);
            assertThat(moved.lastEvent()).isGreaterThan(received.lastEvent());

            context.processing().receiveSupplement(admin, code, null);
            assertThat(changes.current()).isNotEqualTo(moved);
        }
    }

    @Test
    void aRefusedMoveLeavesTheTokenAsItWas() {
        try (AppContext context = TestOffice.initialized(dir)) {
            Actor admin = context.users().actingAs(TestOffice.ADMIN);
            String code = context.intake().receive(admin, Intakes.accept(context, Intakes.RESIDENCE)).code();
            context.processing().close(admin, code, DossierStatus.WITHDRAWN, "Công dân rút hồ sơ");
            DossierChanges.Token before = context.dossierChanges().current();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.processing().resultReady(admin, code, null))
                    .isInstanceOf(vn.motcua.common.UserFacingException.class);
            assertThat(context.dossierChanges().current()).isEqualTo(before);
        }
    }
}
