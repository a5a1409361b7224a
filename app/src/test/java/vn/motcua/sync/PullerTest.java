package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.HandOver;
import vn.motcua.security.Actor;
import vn.motcua.sync.sim.Fault;
import vn.motcua.sync.sim.FaultPlan;
import vn.motcua.sync.sim.SimDossier;

/** The change feed (faults 29, 30, 31, 33, 34) and online-submitted dossiers. */
class PullerTest {
    @TempDir
    Path tmp;
    SyncFixture f;
    Puller puller;

    @BeforeEach
    void open() {
        f = new SyncFixture(tmp);
        puller = f.puller();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private SimDossier online(String id) {
        return f.portal.submitOnline("2.000815", "Chứng thực bản sao", "Lê Thị Hoa", "001190000" + id, "0988000" + id,
                f.clock.local().toLocalDate());
    }

    private long count(String hql) {
        return f.context.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(hql, Long.class).getSingleResult());
    }

    @Test
    void anOnlineDossierBecomesADeskDossierOnceWithItsPortalContent() {
        SimDossier p = online("123");
        Puller.PullReport r = puller.pull();
        assertThat(r.current()).isTrue();
        Dossier d = f.dossier(p.uuid);
        assertThat(d.code()).isEqualTo(p.code());
        assertThat(d.status()).isEqualTo(DossierStatus.SUBMITTED_ONLINE);
        assertThat(d.channel()).isEqualTo(Channel.ONLINE);
        assertThat(d.applicant().fullName()).isEqualTo("Lê Thị Hoa");
        assertThat(f.state(p.uuid)).isEqualTo(SyncState.INCOMING);
        // in the list: not accepted yet, so no clock runs (not "finished")
        assertThat(f.context.dossierQuery().page(vn.motcua.dossier.DossierFilter.tab(vn.motcua.dossier.DossierFilter.Tab.ALL), 0, 10)
                .rows()).filteredOn(row -> row.code().equals(p.code())).singleElement()
                .satisfies(row -> assertThat(row.deadline()).isEqualTo(vn.motcua.dossier.DeadlineState.NOT_STARTED));
        assertThat(f.entries(p.uuid)).isEmpty(); // what came from the portal is not sent back
        var audit = f.context.database().sessionFactory().fromTransaction(s -> f.context.audit().latest(s, 5));
        assertThat(audit).anySatisfy(a -> assertThat(a.action()).isEqualTo("SYNC_ONLINE_DOSSIER"));
        // the same dossier arriving again (here: its code under another UUID) is not a second dossier
        ObjectNode again = p.snapshot();
        again.put("uuid", UUID.randomUUID().toString());
        f.context.database().sessionFactory().inTransaction(s ->
                new vn.motcua.dossier.PortalDossiers(f.context.audit(), f.clock).createOnline(s, again));
        assertThat(count("select count(d) from Dossier d where d.code = '" + p.code() + "'")).isEqualTo(1);
        f.context.database().sessionFactory().inTransaction(s -> SyncStates.markSeen(s, p.uuid));
        assertThat(f.state(p.uuid)).isEqualTo(SyncState.SYNCED);
    }

    @Test
    void fault29_aPageFetchedButNotAppliedIsAppliedOnceLater() {
        SimDossier p = online("001");
        f.portal.authenticate();
        f.portal.faults = FaultPlan.none().then("changes", Fault.CRASH_AFTER);
        assertThatThrownBy(puller::pull).hasMessageContaining("simulated crash");
        assertThat(f.dossier(p.uuid)).isNull();
        assertThat(f.feed().cursor()).isNull();
        puller.pull();
        assertThat(f.dossier(p.uuid)).isNotNull();
        assertThat(count("select count(a) from AppliedChange a")).isEqualTo(1);
        assertThat(f.feed().cursorSeq()).isEqualTo(1);
    }

    @Test
    void fault30_repeatedOverlappingAndOlderChangesAreAppliedOnceAndOlderOnesIgnored() {
        SimDossier p = online("002");
        puller.pull();
        f.portal.edit(p.uuid, "SoDienThoai", "0911000001");
        f.portal.edit(p.uuid, "SoDienThoai", "0911000002");
        f.portal.authenticate();
        f.portal.faults = FaultPlan.none().then("changes", Fault.OVERLAP);
        puller.pull();
        assertThat(f.dossier(p.uuid).applicant().phone()).isEqualTo("0911000002");
        assertThat(count("select count(a) from AppliedChange a")).isEqualTo(3);
        // an out-of-order older version (v2) delivered again under a new change ID changes nothing
        ObjectNode old = f.portal.feed.get(1).deepCopy();
        old.put("changeId", UUID.randomUUID().toString());
        ChangeApplier applier = new ChangeApplier(new vn.motcua.dossier.PortalDossiers(f.context.audit(), f.clock), SyncFixture.CLIENT);
        f.context.database().sessionFactory().inTransaction(s -> applier.apply(s, old, f.clock.instant()));
        assertThat(f.dossier(p.uuid).applicant().phone()).isEqualTo("0911000002");
    }

    @Test
    void fault34_aFailureWhileApplyingRollsThePageBackAndTheCursorStays() {
        online("003");
        SimDossier bad = online("004");
        bad.content.put("MaHoSo", "not-a-code"); // a change the desk cannot apply
        f.portal.feed.get(1).set("dossier", bad.snapshot());
        f.portal.feed.get(1).put("MaHoSo", "not-a-code");
        assertThatThrownBy(puller::pull).isInstanceOf(RuntimeException.class);
        assertThat(f.feed().cursor()).isNull();
        assertThat(f.feed().cursorSeq()).isZero();
        assertThat(count("select count(a) from AppliedChange a")).isZero();
        assertThat(count("select count(d) from Dossier d")).isZero(); // the good change of the same page too
    }

    @Test
    void fault31_anExpiredCursorResyncsAndLeavesDossiersWithQueuedActionsUntouchedUntilTheyLand() {
        Sender sender = f.sender();
        Dossier busy = f.receive();
        Dossier quiet = f.receive();
        f.pushAll(sender, 3);
        puller.pull();
        f.context.processing().handOver(Actor.SYSTEM, busy.code(), new HandOver(null, "Phòng A", null, "chuyển")); // queued
        f.portal.withdraw(busy.id(), "rút");
        f.portal.edit(quiet.id(), "Email", "moi@example.vn");
        SimDossier p = online("005");
        f.portal.expireCursors();
        long before = f.feed().cursorSeq();
        Puller.PullReport r = puller.pull();
        assertThat(r.resynced()).isTrue();
        assertThat(f.feed().resyncs()).isEqualTo(1);
        assertThat(f.feed().cursorSeq()).isGreaterThanOrEqualTo(before);
        assertThat(f.dossier(p.uuid)).isNotNull();
        assertThat(f.dossier(quiet.id()).applicant().email()).isEqualTo("moi@example.vn");
        assertThat(f.dossier(busy.id()).status()).isEqualTo(DossierStatus.IN_PROCESS); // untouched while its action waits
        f.pushAll(sender, 5); // the hand-over meets the withdrawal: refused, shown
        puller.refreshPassedBy();
        assertThat(f.dossier(busy.id()).status()).isEqualTo(DossierStatus.WITHDRAWN);
    }

    @Test
    void fault33_theClockSkewIsEstimatedFromThePortalsDateAndOrderingUsesTheFeedSequence() {
        f.portal = null;
        SyncFixture skewed = f;
        vn.motcua.sync.sim.SimPortal ahead = new vn.motcua.sync.sim.SimPortal(vn.motcua.testing.TestOffice.AGENCY, SyncFixture.CLIENT,
                skewed.clock, Duration.ofHours(-30));
        Puller p = new Puller(skewed.context.database().sessionFactory(), ahead, vn.motcua.testing.TestOffice.AGENCY, SyncFixture.CLIENT,
                new vn.motcua.dossier.PortalDossiers(skewed.context.audit(), skewed.clock), skewed.clock, e -> { }, () -> true, 50);
        ahead.submitOnline("2.000815", "Chứng thực", "A", "001190000777", "0988000777", skewed.clock.local().toLocalDate());
        ahead.authenticate();
        p.pull();
        SyncStatus st = skewed.context.database().sessionFactory().fromTransaction(s -> SyncStatus.read(s, skewed.clock));
        assertThat(st.clockSkew()).isEqualTo(Duration.ofHours(-30));
        assertThat(st.skewWarning()).isTrue();
        assertThat(st.cursorSeq()).isEqualTo(1);
        assertThat(st.line()).isEqualTo(SyncStatus.Line.UP);
        assertThat(List.of(st.lastPull())).doesNotContainNull();
    }
}
