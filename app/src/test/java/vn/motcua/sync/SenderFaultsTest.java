package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.Dossier;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.sim.Fault;
import vn.motcua.sync.sim.FaultPlan;

/** The sender against one scripted fault at a time; each test names the faults of design/sync.md it proves. */
class SenderFaultsTest {
    @TempDir
    Path tmp;
    SyncFixture f;
    Sender sender;

    @BeforeEach
    void open() {
        f = new SyncFixture(tmp);
        sender = f.sender();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private OutboxEntry receiveEntry(Dossier d) {
        return f.entries(d.id()).get(0);
    }

    private void faults(String call, Fault... faults) {
        FaultPlan plan = FaultPlan.none();
        for (Fault x : faults) {
            plan.then(call, x);
        }
        f.portal.faults = plan;
    }

    @Test
    void fault3and11_anAnswerLostAfterCommitIsUnknownThenTheSameIdGetsTheStoredAnswer() {
        Dossier d = f.receive();
        faults("mutate", Fault.LOST_AFTER);
        sender.push();
        OutboxEntry e = f.entry(receiveEntry(d).id());
        assertThat(e.state()).isEqualTo(State.UNKNOWN);
        assertThat(f.portal.dossiers).containsKey(d.id()); // the portal did commit it
        assertThat(f.state(d.id())).isEqualTo(SyncState.SENT_UNCONFIRMED);
        f.pushAll(sender, 5);
        e = f.entry(e.id());
        assertThat(e.state()).isEqualTo(State.DONE);
        assertThat(e.httpStatus()).isEqualTo(200); // the replayed answer, not a second create
        assertThat(f.portal.applied.get(e.id())).isEqualTo(1);
        assertThat(f.portal.dossiers).hasSize(1);
        assertThat(e.serverVersion()).isEqualTo(1L);
    }

    @Test
    void faults2and4_aResetOrA500BeforeCommitIsRetriedAndMakesOneDossier() {
        Dossier d = f.receive();
        faults("mutate", Fault.RESET_BEFORE, Fault.ERROR_BEFORE);
        sender.push();
        assertThat(f.portal.dossiers).isEmpty();
        f.pushAll(sender, 10);
        assertThat(f.entry(receiveEntry(d).id()).state()).isEqualTo(State.DONE);
        assertThat(f.portal.dossiers).hasSize(1);
        assertThat(f.entry(receiveEntry(d).id()).attempts()).isEqualTo(3);
    }

    @Test
    void faults5and6_a500AfterCommitOrAMalformedBodyIsResentWithoutA409Loop() {
        Dossier d = f.receive();
        faults("mutate", Fault.ERROR_AFTER, Fault.MALFORMED);
        f.pushAll(sender, 10);
        OutboxEntry e = f.entry(receiveEntry(d).id());
        assertThat(e.state()).isEqualTo(State.DONE);
        assertThat(e.errorCode()).isNull();
        assertThat(f.portal.applied.get(e.id())).isEqualTo(1);
    }

    @Test
    void faults7and8_aDuplicatedDeliveryIsOneMutationAndAnOlderAcknowledgementChangesNothing() {
        Dossier d = f.receive();
        f.context.processing().handOver(vn.motcua.security.Actor.SYSTEM, d.code(),
                new vn.motcua.dossier.HandOver(null, "Phòng A", null, "chuyển"));
        faults("mutate", Fault.DUPLICATED, Fault.DUPLICATED);
        f.pushAll(sender, 5);
        assertThat(f.entries(d.id())).allMatch(e -> e.state() == State.DONE);
        assertThat(f.portal.dossiers.get(d.id()).events).hasSize(1);
        assertThat(f.portal.anyApplyTwice()).isFalse();
        f.context.database().sessionFactory().inTransaction(s -> {
            SyncDossier known = s.find(SyncDossier.class, d.id());
            assertThat(known.serverVersion()).isEqualTo(2L);
            known.acknowledged(1L, f.clock.instant()); // a late, duplicated acknowledgement of version 1
            assertThat(known.serverVersion()).isEqualTo(2L);
        });
    }

    @Test
    void faults1and28_anUnreachablePortalLeavesTheEntryQueuedAndTheTimerArmed() {
        Dossier d = f.receive();
        faults("mutate", Fault.REFUSED);
        Sender.PushReport r = sender.push();
        OutboxEntry e = f.entry(receiveEntry(d).id());
        assertThat(e.state()).isEqualTo(State.PENDING); // certainly never delivered
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(r.lineDown()).isTrue();
        assertThat(r.nextDue()).isNotNull().isEqualTo(e.nextAttemptAt()); // no new work, but the timer is set
        assertThat(f.feed().lineUp()).isFalse();
        f.clock.set(r.nextDue());
        assertThat(sender.push().done()).isEqualTo(1);
        assertThat(f.feed().lineUp()).isTrue();
    }

    @Test
    void faults9and36_manyDossiersOfflineForDaysAllLandOnceAfterAnOutageMidBatch() {
        UUID[] ids = new UUID[6];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = f.receive().id();
        }
        FaultPlan plan = FaultPlan.none();
        for (int i = 0; i < 40; i++) {
            plan.then("mutate", i < 3 ? Fault.NONE : Fault.REFUSED);
        }
        f.portal.faults = plan;
        for (int day = 0; day < 14; day++) {
            sender.push();
            f.clock.advance(Duration.ofDays(1));
        }
        f.pushAll(sender, 60);
        for (UUID id : ids) {
            assertThat(f.entries(id)).allMatch(e -> e.state() == State.DONE);
        }
        assertThat(f.portal.dossiers).hasSize(6);
        assertThat(f.portal.anyApplyTwice()).isFalse();
    }

    @Test
    void fault23_aRejectedDossierBlocksOnlyItself() {
        Dossier a = f.receive();
        Dossier b = f.receive();
        f.pushAll(sender, 3);
        UUID stranger = UUID.randomUUID(); // the portal never heard of it: refused (404)
        OutboxEntry refused = f.enqueue(stranger, "HAND_OVER", Map.of("id", stranger.toString(), "TrangThaiHoSo", 4));
        OutboxEntry behind = f.enqueue(stranger, "RATE", Map.of("id", stranger.toString(), "MucDoHaiLong", 1));
        f.context.processing().handOver(vn.motcua.security.Actor.SYSTEM, a.code(), new vn.motcua.dossier.HandOver(null, "P", null, "x"));
        f.context.processing().handOver(vn.motcua.security.Actor.SYSTEM, b.code(), new vn.motcua.dossier.HandOver(null, "P", null, "x"));
        Sender.PushReport r = sender.push();
        assertThat(f.entry(refused.id()).state()).isEqualTo(State.REJECTED);
        assertThat(f.entry(refused.id()).errorCode()).isEqualTo("not_found");
        assertThat(f.entry(behind.id()).state()).isEqualTo(State.PENDING); // FIFO within its dossier: it waits
        assertThat(f.entries(a.id())).allMatch(e -> e.state() == State.DONE);
        assertThat(f.entries(b.id())).allMatch(e -> e.state() == State.DONE);
        assertThat(r.waiting()).isEqualTo(1);
        assertThat(r.blocked()).isEqualTo(1);
        assertThat(f.state(stranger)).isEqualTo(SyncState.REJECTED);
    }

    @Test
    void fault24_expiredCredentialsAreRefreshedWithoutCountingAnAttempt() {
        Dossier d = f.receive();
        f.portal.authenticate(); // a token that then expires mid-run
        faults("mutate", Fault.TOKEN_EXPIRED);
        sender.push();
        OutboxEntry e = f.entry(receiveEntry(d).id());
        assertThat(e.state()).isEqualTo(State.DONE);
        assertThat(e.attempts()).isEqualTo(1); // the 401 and its repeat are one attempt
        f.portal.faults = FaultPlan.none().then("mutate", Fault.TOKEN_EXPIRED).then("auth", Fault.REFUSED);
        f.context.processing().handOver(vn.motcua.security.Actor.SYSTEM, d.code(), new vn.motcua.dossier.HandOver(null, "P", null, "x"));
        sender.push();
        OutboxEntry next = f.entries(d.id()).get(1);
        assertThat(next.state()).isEqualTo(State.PENDING);
        assertThat(next.attempts()).isZero(); // credentials could not be had: not the action's attempt
    }

    @Test
    void fault25_retryAfterIsHonouredForTheEntryAndForEveryOtherCall() {
        Dossier a = f.receive();
        Dossier b = f.receive();
        faults("mutate", Fault.RATE_LIMITED);
        Instant now = f.clock.instant();
        Sender.PushReport r = sender.push();
        OutboxEntry e = f.entry(receiveEntry(a).id());
        assertThat(e.notBefore()).isAfter(now);
        assertThat(e.nextAttemptAt()).isAfterOrEqualTo(e.notBefore());
        assertThat(r.nextDue()).isAfterOrEqualTo(e.notBefore());
        assertThat(f.feed().notBefore()).isEqualTo(e.notBefore());
        assertThat(f.entries(b.id()).get(0).state()).isEqualTo(State.PENDING); // b waited too: the portal is overloaded
        f.clock.set(e.notBefore().minusMillis(1));
        assertThat(sender.push().sent()).isZero();
        f.context.database().sessionFactory().inTransaction(s -> f.context.outbox().wakeUp(s)); // "sync now" keeps the floor
        assertThat(f.entry(e.id()).nextAttemptAt()).isEqualTo(e.notBefore());
        f.pushAll(sender, 5);
        assertThat(f.portal.retryAfterViolations).isZero();
        assertThat(f.entry(e.id()).state()).isEqualTo(State.DONE);
    }

    @Test
    void fault19_theSameIdWithAnotherBodyIsRejectedLoudly() {
        Dossier d = f.receive();
        OutboxEntry e = receiveEntry(d);
        f.portal.authenticate();
        f.portal.putDossier(d.id(), e.id(), null, "{\"MaHoSo\":\"another body\"}"); // a bug elsewhere used this ID first
        sender.push();
        OutboxEntry after = f.entry(e.id());
        assertThat(after.state()).isEqualTo(State.REJECTED);
        assertThat(after.errorCode()).isEqualTo("idempotency_key_reused");
        assertThat(after.httpStatus()).isEqualTo(422);
        assertThat(f.state(d.id())).isEqualTo(SyncState.REJECTED);
    }

    @Test
    void fault11_onStartUpASendLeftInFlightBecomesUnknownAndLandsOnce() {
        Dossier d = f.receive();
        faults("mutate", Fault.CRASH_AFTER);
        try {
            sender.push();
        } catch (RuntimeException crash) {
            assertThat(crash).hasMessageContaining("simulated crash");
        }
        OutboxEntry e = f.entry(receiveEntry(d).id());
        assertThat(e.state()).isEqualTo(State.IN_FLIGHT);
        assertThat(f.state(d.id())).isEqualTo(SyncState.SENDING);
        SyncRunner restarted = f.runner("desk-after-restart");
        restarted.runOnce();
        e = f.entry(e.id());
        assertThat(e.state()).isEqualTo(State.DONE);
        assertThat(f.portal.applied.get(e.id())).isEqualTo(1);
        assertThat(f.state(d.id())).isEqualTo(SyncState.SYNCED);
    }
}
