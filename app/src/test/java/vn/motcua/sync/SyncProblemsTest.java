package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.common.UserFacingException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.HandOver;
import vn.motcua.dossier.PortalDossiers;
import vn.motcua.security.Actor;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.sim.Fault;
import vn.motcua.sync.sim.FaultPlan;

/** What waits for a person (faults 19, 20, 21, 23) and what the person's decision does: nothing lost, nothing sent twice. */
class SyncProblemsTest {
    @TempDir
    Path tmp;
    SyncFixture f;
    Sender sender;
    Puller puller;
    SyncProblems problems;
    Dossier d;

    @BeforeEach
    void open() {
        f = new SyncFixture(tmp);
        sender = f.sender();
        puller = f.puller();
        problems = new SyncProblems(f.context.database().sessionFactory(), new PortalDossiers(f.context.audit(), f.clock),
                f.context.audit(), f.clock);
        d = f.receive();
        f.pushAll(sender, 3);
        puller.pull();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void fault20_aStatusClashIsListedWithBothValuesAndSettingItAsideNeedsAReasonAndSettlesIt() {
        f.context.processing().handOver(Actor.SYSTEM, d.code(), new HandOver(null, "Phòng A", null, "chuyển"));
        f.portal.withdraw(d.id(), "công dân rút trên Cổng");
        f.pushAll(sender, 5);
        puller.pull();

        SyncProblem p = single();
        assertThat(p.dossierCode()).isEqualTo(d.code());
        assertThat(p.action()).isEqualTo("HAND_OVER");
        assertThat(p.errorCode()).isEqualTo("transition_refused");
        assertThat(p.sides()).singleElement().satisfies(side -> {
            assertThat(side.kind()).isEqualTo(SyncConflict.Kind.STATUS);
            assertThat(side.deskValue()).isEqualTo("4");
            assertThat(side.portalValue()).isEqualTo("7");
        });
        assertThat(p.remedies()).containsExactly(SyncProblem.Remedy.SET_ASIDE);

        assertThatThrownBy(() -> problems.setAside(Actor.SYSTEM, p.entryId(), "  "))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("key", "sync.problem.noteMissing");
        assertThat(f.entry(p.entryId()).state()).isEqualTo(State.REJECTED); // nothing changed

        problems.setAside(Actor.SYSTEM, p.entryId(), "Công dân đã rút hồ sơ trên Cổng");
        assertThat(f.entry(p.entryId()).state()).isEqualTo(State.SET_ASIDE);
        assertThat(f.conflicts(d.id())).allSatisfy(c -> assertThat(c.resolvedAt()).isNotNull());
        assertThat(problems.open(10)).isEmpty();
        assertThat(problems.count()).isZero();
        assertThat(f.state(d.id())).isIn(SyncState.SYNCED, SyncState.INCOMING); // nothing waits for a person any more
        assertThat(audit()).anySatisfy(a -> {
            assertThat(a.action()).isEqualTo("SYNC_SET_ASIDE");
            assertThat(a.detail()).contains("rút hồ sơ");
        });
        assertThatThrownBy(() -> problems.setAside(Actor.SYSTEM, p.entryId(), "again"))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("key", "sync.problem.notOpen");
    }

    @Test
    void fault21_takingThePortalsValueSetsItOnTheDeskAndSendsOnlyTheRestOfTheEdit() {
        OutboxEntry edit = clash();
        SyncProblem p = single();
        assertThat(p.entryId()).isEqualTo(edit.id());
        assertThat(p.remedies()).containsExactly(SyncProblem.Remedy.DECIDE_FIELDS);
        assertThatThrownBy(() -> problems.resend(Actor.SYSTEM, edit.id()))
                .isInstanceOf(UserFacingException.class).hasFieldOrPropertyWithValue("key", "sync.problem.decideFirst");

        problems.decide(Actor.SYSTEM, p.sides().get(0).conflictId(), SyncProblems.Choice.TAKE_PORTAL);
        assertThat(f.dossier(d.id()).applicant().phone()).isEqualTo("0909000111");
        assertThat(f.entry(edit.id()).state()).isEqualTo(State.SET_ASIDE);
        OutboxEntry rest = f.entries(d.id()).stream().filter(e -> e.state() == State.PENDING).collect(
                java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), l -> {
                    assertThat(l).hasSize(1);
                    return l.get(0);
                }));
        assertThat(rest.payload()).contains("ban@example.vn").doesNotContain("SoDienThoai"); // the e-mail was never disputed
        assertThat(problems.count()).isZero();
        assertThat(f.conflicts(d.id())).singleElement().satisfies(c -> assertThat(c.chosen()).isEqualTo("TAKE_PORTAL"));

        f.pushAll(sender, 5);
        assertThat(f.portal.dossiers.get(d.id()).content.path("SoDienThoai").asText()).isEqualTo("0909000111");
        assertThat(f.portal.dossiers.get(d.id()).content.path("Email").asText()).isEqualTo("ban@example.vn");
        assertThat(f.entry(rest.id()).state()).isEqualTo(State.DONE);
    }

    @Test
    void fault21_keepingTheDesksValueSendsItAgainInTheEditsPlaceAndThePortalEndsWithIt() {
        OutboxEntry edit = clash();
        OutboxEntry behind = f.enqueue(d.id(), "FEE_PAID", Map.of("id", d.id().toString(), "MaHoSo", d.code()));
        SyncProblem p = single();
        problems.decide(Actor.SYSTEM, p.sides().get(0).conflictId(), SyncProblems.Choice.KEEP_DESK);

        List<OutboxEntry> entries = f.entries(d.id());
        OutboxEntry copy = entries.stream().filter(e -> e.action().equals("UPDATE") && e.state() == State.PENDING).findFirst().orElseThrow();
        assertThat(copy.id()).isNotEqualTo(edit.id());
        assertThat(copy.payload()).contains("0911222333").contains("Email"); // the whole edit goes, the kept field with it
        // in the edit's place: before what was queued behind it
        assertThat(copy.seq()).isEqualTo(f.entry(edit.id()).seq()).isLessThan(f.entry(behind.id()).seq());

        f.pushAll(sender, 5);
        assertThat(f.portal.dossiers.get(d.id()).content.path("SoDienThoai").asText()).isEqualTo("0911222333");
        assertThat(f.portal.dossiers.get(d.id()).content.path("Email").asText()).isEqualTo("ban@example.vn");
        assertThat(f.entry(copy.id()).state()).isEqualTo(State.DONE);
        assertThat(f.entry(behind.id()).state()).isEqualTo(State.DONE);
        assertThat(f.dossier(d.id()).applicant().phone()).isEqualTo("0911222333");
        assertThat(problems.count()).isZero();
    }

    @Test
    void faults19and23_aRefusedActionResentGoesUnderANewIdInItsOldPlaceAndLandsOnce() {
        UUID stranger = UUID.randomUUID(); // the portal does not know this dossier yet: refused (404), kept forever per ID
        OutboxEntry refused = f.enqueue(stranger, "RATE", Map.of("id", stranger.toString(), "MucDoHaiLong", 1));
        OutboxEntry behind = f.enqueue(stranger, "FEE_PAID", Map.of("id", stranger.toString()));
        sender.push();
        assertThat(f.entry(refused.id()).state()).isEqualTo(State.REJECTED);
        SyncProblem p = single();
        assertThat(p.remedies()).containsExactly(SyncProblem.Remedy.RESEND, SyncProblem.Remedy.SET_ASIDE);
        assertThat(p.httpStatus()).isEqualTo(404);

        // the dossier reaches the portal another way; the same ID would still get the stored refusal
        f.portal.putDossier(stranger, UUID.randomUUID(), null, "{\"id\":\"" + stranger + "\",\"MaHoSo\":\"X.1\",\"TrangThaiHoSo\":9}");
        problems.resend(Actor.SYSTEM, refused.id());
        assertThat(f.entry(refused.id()).state()).isEqualTo(State.SET_ASIDE);
        OutboxEntry copy = f.entries(stranger).stream().filter(e -> e.action().equals("RATE") && !e.id().equals(refused.id()))
                .findFirst().orElseThrow();
        assertThat(copy.payload()).isEqualTo(refused.payload());
        assertThat(copy.createdAt()).isEqualTo(refused.createdAt());
        f.pushAll(sender, 5);
        assertThat(f.entry(copy.id()).state()).isEqualTo(State.DONE);
        assertThat(f.entry(behind.id()).state()).isEqualTo(State.DONE);
        assertThat(f.portal.dossiers.get(stranger).events).extracting(e -> e.path("type").asText())
                .containsExactly("RATE", "FEE_PAID");
        assertThat(problems.open(10)).isEmpty();
        assertThat(audit()).anySatisfy(a -> assertThat(a.action()).isEqualTo("SYNC_RESEND"));
    }

    /** The phone changed on both sides while the desk's edit (phone and e-mail) waited: a FIELD conflict on its entry. */
    private OutboxEntry clash() {
        OutboxEntry edit = f.enqueue(d.id(), "UPDATE", Map.of("id", d.id().toString(), "SoDienThoai", "0911222333",
                "Email", "ban@example.vn"));
        f.portal.faults = FaultPlan.none().then("mutate", Fault.REFUSED);
        sender.push();
        f.portal.edit(d.id(), "SoDienThoai", "0909000111");
        puller.pull();
        assertThat(f.entry(edit.id()).state()).isEqualTo(State.CONFLICT);
        return edit;
    }

    private SyncProblem single() {
        List<SyncProblem> open = problems.open(10);
        assertThat(open).hasSize(1);
        assertThat(problems.count()).isEqualTo(1);
        return open.get(0);
    }

    private List<vn.motcua.security.AuditEntry> audit() {
        return f.context.database().sessionFactory().fromTransaction(s -> f.context.audit().latest(s, 20));
    }
}
