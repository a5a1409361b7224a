package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.Dossier;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.sim.SimDossier;

/**
 * The sender's batches: a backlog goes in few calls, each dossier's entries in their order; a
 * refusal holds back only the rest of its own dossier, which is not counted as tried; a portal
 * without batches gets one call at a time.
 */
class BatchSendTest {
    @TempDir
    Path tmp;
    SyncFixture f;
    CountingPortal counting;

    @BeforeEach
    void open() {
        f = new SyncFixture(tmp);
        counting = new CountingPortal(f.portal);
        counting.authenticate(); // a first call without credentials would be sent twice (fault 24)
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Sender sender() {
        return new Sender(f.context.database().sessionFactory(), counting, f.context.documents().store(), 4096,
                new vn.motcua.dossier.PortalDossiers(f.context.audit(), f.clock), SyncFixture.CLIENT, new Backoff(new java.util.Random(7)),
                f.clock, e -> { }, () -> true);
    }

    /** A received dossier with two more entries queued behind its RECEIVE. */
    private Dossier withThreeEntries(int i) {
        Dossier d = f.receive();
        f.enqueue(d.id(), "HAND_OVER", Map.of("note", "bàn giao " + i));
        f.enqueue(d.id(), "RATE", Map.of("DiemDanhGia", 1 + i % 3));
        return d;
    }

    private int allEntries() {
        return f.context.database().sessionFactory().fromTransaction(s -> s.createSelectionQuery(
                "select count(e) from OutboxEntry e", Long.class).getSingleResult()).intValue();
    }

    @Test
    void aBacklogGoesInOneCallPerBatchAndEveryActionLandsOnce() {
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            dossiers.add(withThreeEntries(i));
        }
        int queued = allEntries();
        assertThat(queued).isGreaterThan(BatchSender.SIZE);

        f.pushAll(sender(), 5);

        assertThat(counting.batches.get()).as("%d actions in batches of %d: %s", queued, BatchSender.SIZE, counting.sizes)
                .isEqualTo((queued + BatchSender.SIZE - 1) / BatchSender.SIZE);
        assertThat(counting.sends).hasSize(queued);
        assertThat(counting.sends.values()).allMatch(n -> n.get() == 1);
        assertThat(f.portal.applied.values()).allMatch(n -> n == 1);
        for (Dossier d : dossiers) {
            assertThat(f.entries(d.id())).extracting(OutboxEntry::state).containsOnly(State.DONE);
            SimDossier held = f.portal.dossiers.get(d.id());
            assertThat(held.events).extracting(e -> e.get("type").asText()).as("the dossier's own order")
                    .containsExactly("HAND_OVER", "RATE");
            assertThat(f.context.database().sessionFactory().fromTransaction(s -> s.find(SyncDossier.class, d.id())).serverVersion())
                    .as("the version each result's ETag carried").isEqualTo(held.version);
        }
    }

    @Test
    void fileLinksGoInTheNextBatchOnceTheirBytesAreUploaded() {
        List<Dossier> dossiers = new ArrayList<>();
        Map<UUID, String> shas = new java.util.HashMap<>();
        for (int i = 0; i < 30; i++) {
            Dossier d = f.receive();
            UUID doc = UUID.randomUUID();
            shas.put(doc, Json.object(f.upload(d.id(), doc, 10_000 + i).payload()).path("sha256").asText());
            f.enqueue(d.id(), "HAND_OVER", Map.of("note", "bàn giao " + i));
            dossiers.add(d);
        }
        int queued = allEntries();

        f.pushAll(sender(), 5);

        assertThat(counting.sizes).as("the receipts; then, their bytes uploaded, the links with the hand-overs behind them")
                .containsExactly(30, 60);
        assertThat(counting.sends).hasSize(queued);
        assertThat(counting.sends.values()).allMatch(n -> n.get() == 1);
        for (Dossier d : dossiers) {
            assertThat(f.entries(d.id())).extracting(OutboxEntry::state).containsOnly(State.DONE);
            SimDossier held = f.portal.dossiers.get(d.id());
            assertThat(held.files).hasSize(1);
            held.files.forEach((doc, file) -> assertThat(file.path("sha256").asText()).isEqualTo(shas.get(doc)));
            assertThat(held.events).extracting(e -> e.get("type").asText()).containsExactly("HAND_OVER");
        }
    }

    @Test
    void aRefusedActionHoldsBackOnlyTheRestOfItsDossierWithoutCountingThemAsTried() {
        Dossier taken = withThreeEntries(1);
        Dossier fine = withThreeEntries(2);
        // the portal already holds another dossier under the first one's code: its create is refused (409)
        f.portal.submitOnline(vn.motcua.dossier.Intakes.CERTIFIED_COPY, "Chứng thực bản sao", "Lê Thị Hoa", "001190012345",
                "0912345678", f.clock.instant().atZone(vn.motcua.calendar.WorkCalendar.ZONE).toLocalDate());
        String clash = f.portal.dossiers.values().iterator().next().code();
        f.context.database().sessionFactory().inTransaction(s -> s.createMutationQuery(
                "update OutboxEntry e set e.payload = replace(e.payload, :code, :clash) where e.aggregateId = :d and e.action = 'RECEIVE'")
                .setParameter("code", taken.code()).setParameter("clash", clash).setParameter("d", taken.id()).executeUpdate());

        sender().push();

        List<OutboxEntry> held = f.entries(taken.id());
        assertThat(held.get(0).state()).isEqualTo(State.REJECTED);
        assertThat(held.get(0).errorCode()).isEqualTo("code_taken");
        assertThat(held.subList(1, 3)).extracting(OutboxEntry::state).containsOnly(State.PENDING);
        assertThat(held.subList(1, 3)).extracting(OutboxEntry::attempts).as("held back by the portal, never looked at")
                .containsOnly(0);
        assertThat(f.entries(fine.id())).extracting(OutboxEntry::state).containsOnly(State.DONE);
        assertThat(f.portal.dossiers).doesNotContainKey(taken.id());
    }

    @Test
    void aPortalWithoutBatchesGetsOneCallAtATime() {
        f.portal.batches = false;
        List<Dossier> dossiers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            dossiers.add(withThreeEntries(i));
        }
        Sender sender = sender();
        f.pushAll(sender, 5);
        assertThat(counting.batches.get()).isZero();
        assertThat(counting.sends).hasSize(allEntries());
        assertThat(counting.sends.values()).allMatch(n -> n.get() == 1);
        for (Dossier d : dossiers) {
            assertThat(f.entries(d.id())).extracting(OutboxEntry::state).containsOnly(State.DONE);
            assertThat(f.entries(d.id())).extracting(OutboxEntry::attempts).as("the refused batch was not an attempt").containsOnly(1);
        }
        UUID later = f.receive().id();
        sender.push();
        assertThat(counting.batches.get()).as("it does not ask again").isZero();
        assertThat(f.entries(later)).extracting(OutboxEntry::state).containsOnly(State.DONE);
    }

    @Test
    void anUnknownBatchAnswerIsResentWithTheSameIdsAndAppliedOnce() {
        for (int i = 0; i < 5; i++) {
            withThreeEntries(i);
        }
        vn.motcua.sync.sim.FaultPlan plan = vn.motcua.sync.sim.FaultPlan.none();
        plan.then("mutate", vn.motcua.sync.sim.Fault.LOST_AFTER);
        f.portal.faults = plan;
        f.pushAll(sender(), 10);
        assertThat(counting.batches.get()).as("lost, then resent (each entry when its own backoff ends)").isGreaterThanOrEqualTo(2);
        assertThat(counting.sizes.get(0)).isEqualTo(15);
        assertThat(counting.sends.values()).allMatch(n -> n.get() >= 2);
        assertThat(f.portal.applied.values()).as("the stored answers, no second mutation").allMatch(n -> n == 1);
        f.context.database().sessionFactory().inTransaction(s -> assertThat(s.createSelectionQuery(
                "select count(e) from OutboxEntry e where e.state <> :done", Long.class).setParameter("done", State.DONE)
                .getSingleResult()).isZero());
    }
}
