package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HandOver;
import vn.motcua.security.Actor;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.sim.Fault;
import vn.motcua.sync.sim.FaultPlan;

/** Both sides changed something (faults 17, 18, 20, 21, 22, 35): merged by ownership, or a conflict a person sees. */
class ConflictsTest {
    @TempDir
    Path tmp;
    SyncFixture f;
    Sender sender;
    Puller puller;
    Dossier d;

    @BeforeEach
    void open() {
        f = new SyncFixture(tmp);
        sender = f.sender();
        puller = f.puller();
        d = f.receive();
        f.pushAll(sender, 3);
        puller.pull(); // the desk's own change: the known version and the merge base
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void fault20_aPortalWithdrawalWinsAndTheDesksMoveIsShownRejectedWhileItsNotesStillLand() {
        f.context.processing().handOver(Actor.SYSTEM, d.code(), new HandOver(null, "Phòng A", null, "chuyển")); // offline
        f.enqueue(d.id(), "FEE_PAID", Map.of("id", d.id().toString(), "MaHoSo", d.code())); // no status move
        f.portal.withdraw(d.id(), "công dân rút trên Cổng");
        f.pushAll(sender, 5);
        OutboxEntry move = f.entries(d.id()).stream().filter(e -> e.action().equals("HAND_OVER")).findFirst().orElseThrow();
        OutboxEntry note = f.entries(d.id()).stream().filter(e -> e.action().equals("FEE_PAID")).findFirst().orElseThrow();
        assertThat(move.state()).isEqualTo(State.REJECTED);
        assertThat(move.errorCode()).isEqualTo("transition_refused");
        assertThat(note.state()).isEqualTo(State.DONE); // the payment note is kept on the portal
        puller.pull();
        assertThat(f.dossier(d.id()).status()).isEqualTo(DossierStatus.WITHDRAWN);
        assertThat(f.conflicts(d.id())).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(SyncConflict.Kind.STATUS);
            assertThat(c.deskValue()).isEqualTo("4");
            assertThat(c.portalValue()).isEqualTo("7");
        });
        assertThat(f.state(d.id())).isEqualTo(SyncState.CONFLICT);
    }

    @Test
    void faults21and35_anUpdateBasedOnAnOldVersionMergesUntouchedFieldsAndStopsOnTheSameField() {
        f.portal.edit(d.id(), "SoDienThoai", "0909000111"); // another desk / the portal changed the phone
        OutboxEntry email = f.enqueue(d.id(), "UPDATE", Map.of("id", d.id().toString(), "Email", "moi@example.vn"));
        f.pushAll(sender, 5);
        assertThat(f.entry(email.id()).state()).isEqualTo(State.DONE); // 412, merged, resent with the new version
        assertThat(f.portal.dossiers.get(d.id()).content.path("Email").asText()).isEqualTo("moi@example.vn");
        assertThat(f.portal.dossiers.get(d.id()).content.path("SoDienThoai").asText()).isEqualTo("0909000111");

        // the merge took the portal's phone in on the desk (the desk had not changed it)
        assertThat(f.dossier(d.id()).applicant().phone()).isEqualTo("0909000111");

        f.portal.edit(d.id(), "SoDienThoai", "0808000222"); // the second desk changes the phone again…
        OutboxEntry phone = f.enqueue(d.id(), "UPDATE", Map.of("id", d.id().toString(), "SoDienThoai", "0911222333")); // …and so does this one
        f.pushAll(sender, 5);
        OutboxEntry clash = f.entry(phone.id());
        assertThat(clash.state()).isEqualTo(State.CONFLICT);
        assertThat(f.portal.dossiers.get(d.id()).content.path("SoDienThoai").asText()).isEqualTo("0808000222"); // nothing overwritten
        assertThat(f.conflicts(d.id())).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(SyncConflict.Kind.FIELD);
            assertThat(c.field()).isEqualTo("SoDienThoai");
            assertThat(c.deskValue()).isEqualTo("0911222333");
            assertThat(c.portalValue()).isEqualTo("0808000222");
        });
        assertThat(f.state(d.id())).isEqualTo(SyncState.CONFLICT);
    }

    @Test
    void fault21_theSameDeskFieldChangedOnBothSidesIsAConflictOnPullAndNothingIsOverwritten() {
        OutboxEntry edit = f.enqueue(d.id(), "UPDATE", Map.of("id", d.id().toString(), "SoDienThoai", "0911222333"));
        f.portal.faults = FaultPlan.none().then("mutate", Fault.REFUSED); // the desk's edit is still queued
        sender.push();
        f.portal.edit(d.id(), "SoDienThoai", "0909000111");
        f.portal.edit(d.id(), "Email", "cong@example.vn"); // a field only the portal changed
        puller.pull();
        assertThat(f.entry(edit.id()).state()).isEqualTo(State.CONFLICT); // never sent over the portal's value
        assertThat(f.dossier(d.id()).applicant().phone()).isEqualTo("0912345678");
        assertThat(f.dossier(d.id()).applicant().email()).isEqualTo("cong@example.vn");
        assertThat(f.conflicts(d.id())).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo("SoDienThoai");
            assertThat(c.deskValue()).isEqualTo("0911222333");
            assertThat(c.portalValue()).isEqualTo("0909000111");
            assertThat(c.outboxId()).isEqualTo(edit.id());
        });
        f.pushAll(sender, 5);
        assertThat(f.portal.dossiers.get(d.id()).content.path("SoDienThoai").asText()).isEqualTo("0909000111");
        assertThat(f.state(d.id())).isEqualTo(SyncState.CONFLICT);
    }

    @Test
    void fault22_aPortalOwnedFieldOfAnOnlineDossierTakesThePortalsValueAndLogsTheDesks() {
        var online = f.portal.submitOnline("2.000815", "Chứng thực bản sao", "Lê Thị Hoa", "001190000123", "0988000123",
                f.clock.local().toLocalDate());
        puller.pull();
        f.portal.edit(online.uuid, "SoDienThoai", "0977000999");
        puller.pull();
        assertThat(f.dossier(online.uuid).applicant().phone()).isEqualTo("0977000999");
        var audit = f.context.database().sessionFactory().fromTransaction(s -> f.context.audit().latest(s, 20));
        assertThat(audit).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("SYNC_FIELD");
            assertThat(a.detail()).contains("desk 0988000123").contains("portal 0977000999");
        });
        assertThat(f.state(online.uuid)).isEqualTo(SyncState.INCOMING);
    }

    @Test
    void faults17and18_editsAreNewEntriesAndTheLatestEditIsTheFinalPortalState() {
        OutboxEntry first = f.enqueue(d.id(), "UPDATE", Map.of("id", d.id().toString(), "Email", "mot@example.vn"));
        f.portal.faults = FaultPlan.none().then("mutate", Fault.LOST_AFTER); // the first edit is "in flight"
        sender.push();
        OutboxEntry second = f.enqueue(d.id(), "UPDATE", Map.of("id", d.id().toString(), "Email", "hai@example.vn"));
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(f.entry(first.id()).payload()).contains("mot@example.vn"); // the queued payload never changes
        f.pushAll(sender, 10);
        assertThat(f.entry(first.id()).state()).isEqualTo(State.DONE);
        assertThat(f.entry(second.id()).state()).isEqualTo(State.DONE);
        assertThat(f.portal.dossiers.get(d.id()).content.path("Email").asText()).isEqualTo("hai@example.vn");
    }
}
