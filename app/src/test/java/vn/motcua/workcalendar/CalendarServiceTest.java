package vn.motcua.workcalendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.AppContext;
import vn.motcua.calendar.DayKind;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.UserFacingException;
import vn.motcua.security.Actor;
import vn.motcua.security.AuditEntry;
import vn.motcua.testing.TestOffice;

/** The calendar in force from shipped and imported overlays, on a real H2 office. */
class CalendarServiceTest {
    private static final Actor ADMIN = new Actor(null, "admin", "Quản trị", java.util.Set.of(vn.motcua.security.Role.ADMINISTRATOR));
    private static final String V1 = "overlay 2026 version 2026.2\n2026-02-16..2026-02-20 tet Tết\n2026-09-01 national-day Quốc khánh\n";
    private static final String V2 = V1.replace("2026.2", "2026.3") + "2026-12-31 off Nghỉ thử\n";

    @TempDir
    Path tmp;

    @Test
    void theShippedIndexListsThe2026Overlay() {
        List<OverlaySource> shipped = ShippedOverlays.fromClassPath();
        assertThat(shipped).extracting(OverlaySource::year, OverlaySource::version).contains(org.assertj.core.groups.Tuple.tuple(2026, "2026.1"));
        assertThat(shipped).allSatisfy(s -> assertThat(s.sha256()).hasSize(64));
        WorkCalendar calendar = AppContext.shippedCalendar().inForce();
        assertThat(calendar.day(LocalDate.of(2026, 8, 22)).kind()).isEqualTo(DayKind.SWAPPED_WORKING_DAY);
    }

    @Test
    void anImportReplacesTheShippedOverlayAndTheNewestImportIsInForce() {
        try (AppContext context = TestOffice.open(tmp)) {
            CalendarService service = context.calendar();
            WorkCalendar shipped = service.inForce();
            assertThat(service.inForce()).as("built once per version").isSameAs(shipped);

            OverlayImport first = service.importOverlay(ADMIN, V1, false);
            assertThat(first.stored()).isTrue();
            // 2026.2 drops the announced swaps: 22/8 is a plain Saturday again, 31/8 a plain Monday
            assertThat(first.changes()).extracting(DayChange::date, DayChange::kind).contains(
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 8, 22), DayChange.Kind.REMOVED),
                    org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 8, 31), DayChange.Kind.REMOVED));
            assertThat(service.inForce().day(LocalDate.of(2026, 8, 22)).working()).isFalse();

            service.importOverlay(ADMIN, V2, false);
            assertThat(service.inForce().version()).endsWith("overlay 2026@2026.3");
            assertThat(service.inForce().isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();

            // rolling back to an earlier text stores it again as the newest
            OverlayImport back = service.importOverlay(ADMIN, V1, false);
            assertThat(back.stored()).isTrue();
            assertThat(service.inForce().version()).endsWith("overlay 2026@2026.2");
            assertThat(service.versions()).extracting(OverlaySource::version)
                    .containsExactly("2026.1", "2026.2", "2026.3", "2026.2");
            assertThat(service.versions().stream().filter(service::isInForce).toList()).hasSize(1);

            List<AuditEntry> audit = context.database().sessionFactory().fromTransaction(s -> context.audit().latest(s, 10));
            assertThat(audit).filteredOn(e -> e.action().equals("CALENDAR_OVERLAY_IMPORT")).hasSize(3)
                    .allSatisfy(e -> assertThat(e.detail()).contains("year=2026"));
        }
        try (AppContext reopened = TestOffice.open(tmp)) {
            assertThat(reopened.calendar().inForce().version()).as("kept in the database").endsWith("overlay 2026@2026.2");
        }
    }

    @Test
    void aRefusedOverlayStoresNothingAndNamesTheLine() {
        try (AppContext context = TestOffice.open(tmp)) {
            CalendarService service = context.calendar();
            String before = service.inForce().version();
            assertThatThrownBy(() -> service.importOverlay(ADMIN, "overlay 2026 version x\n\n2026-08-24 work Làm bù\n", false))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.key()).isEqualTo("calendar.overlayInvalid.weekdayWorked");
                        assertThat(e.args()[0]).isEqualTo("3");
                    });
            assertThat(service.inForce().version()).isEqualTo(before);
            assertThat(service.versions()).hasSize(1);
        }
    }

    @Test
    void theTextIsStoredInNfcWithUnixLineEnds() {
        try (AppContext context = TestOffice.open(tmp)) {
            String nfd = java.text.Normalizer.normalize("\uFEFF" + V2, java.text.Normalizer.Form.NFD).replace("\n", "\r\n");
            context.calendar().importOverlay(ADMIN, nfd, false);
            OverlaySource stored = context.calendar().versions().get(1);
            assertThat(stored.text()).isEqualTo(V2).isEqualTo(OverlayText.canonical(V2));
            assertThat(stored.importedBy()).isEqualTo("admin");
        }
    }
}
