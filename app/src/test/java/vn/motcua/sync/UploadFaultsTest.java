package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.Dossier;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.sim.Fault;
import vn.motcua.sync.sim.FaultPlan;
import vn.motcua.sync.sim.SimUploads;

/** Resumable uploads (faults 12–16): resume from the portal's offset, resend a bad chunk, reopen an expired upload, wait for the file. */
class UploadFaultsTest {
    private static final int SIZE = 10 * 4096 + 123; // eleven chunks of 4 KiB in the fixture
    @TempDir
    Path tmp;
    SyncFixture f;
    Sender sender;
    Dossier d;
    UUID doc = UUID.randomUUID();

    @BeforeEach
    void open() {
        f = new SyncFixture(tmp);
        sender = f.sender();
        d = f.receive();
        f.pushAll(sender, 3);
        f.portal.authenticate();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void assertLandedWithTheSameHash(OutboxEntry e) {
        assertThat(f.entry(e.id()).state()).isEqualTo(State.DONE);
        String sha = Json.object(e.payload()).path("sha256").asText();
        assertThat(SimUploads.sha256(f.portal.uploads.attachments.get(doc))).isEqualTo(sha);
        assertThat(f.portal.dossiers.get(d.id()).files.get(doc).path("sha256").asText()).isEqualTo(sha);
    }

    @Test
    void fault12_aDeskKilledAt60PercentResumesFromThePortalsOffset() {
        OutboxEntry e = f.upload(d.id(), doc, SIZE);
        FaultPlan plan = FaultPlan.none();
        for (int i = 0; i < 6; i++) {
            plan.then("chunk", Fault.NONE);
        }
        plan.then("chunk", Fault.CRASH_AFTER); // the 7th chunk reached the portal, then the desk died
        f.portal.faults = plan;
        try {
            sender.push();
        } catch (RuntimeException crash) {
            assertThat(crash).hasMessageContaining("simulated crash");
        }
        long before = f.portal.chunkBytesReceived;
        assertThat(before).isEqualTo(7 * 4096L);
        f.runner("restarted").runOnce();
        assertLandedWithTheSameHash(e);
        assertThat(f.portal.chunkBytesReceived).isEqualTo(SIZE); // nothing sent twice, nothing restarted from zero
    }

    @Test
    void faults13and14_aLostChunkAnswerAsksTheOffsetAndACorruptedChunkIsSentAgain() {
        OutboxEntry e = f.upload(d.id(), doc, SIZE);
        f.portal.faults = FaultPlan.none().then("chunk", Fault.NONE).then("chunk", Fault.LOST_AFTER).then("chunk", Fault.CORRUPT_CHUNK);
        sender.push();
        assertThat(f.entry(e.id()).state()).isEqualTo(State.UNKNOWN); // the lost answer: resumed on the next pass
        f.pushAll(sender, 5);
        assertLandedWithTheSameHash(e);
        assertThat(f.portal.chunkBytesReceived).isEqualTo(SIZE); // the portal's offset said where to go on (fault 27)
    }

    @Test
    void fault15_anUploadExpiredAfterALongOfflinePeriodStartsAgainForTheSameAttachment() {
        OutboxEntry e = f.upload(d.id(), doc, SIZE);
        f.portal.faults = FaultPlan.none().then("chunk", Fault.NONE).then("chunk", Fault.NONE).then("chunk", Fault.REFUSED);
        sender.push();
        assertThat(f.entry(e.id()).state()).isEqualTo(State.PENDING);
        f.portal.uploads.expireAll(); // weeks offline
        f.pushAll(sender, 5);
        assertLandedWithTheSameHash(e);
    }

    @Test
    void fault16_aScanNotYetInTheStoreWaitsInsteadOfBeingRejected() throws Exception {
        OutboxEntry e = f.upload(d.id(), doc, 5000);
        String sha = Json.object(e.payload()).path("sha256").asText();
        Path file = f.context.documents().store().pathOf(sha);
        Path aside = tmp.resolve("aside.pdf");
        Files.move(file, aside);
        sender.push();
        OutboxEntry waiting = f.entry(e.id());
        assertThat(waiting.state()).isEqualTo(State.PENDING);
        assertThat(waiting.errorCode()).isEqualTo("file_unavailable");
        assertThat(f.portal.dossiers.get(d.id()).files).isEmpty();
        Files.move(aside, file);
        f.pushAll(sender, 5);
        assertLandedWithTheSameHash(e);
    }

    @Test
    void fault16_theLinkRefusedForAMissingAttachmentStaysQueuedAndIsRetried() {
        OutboxEntry e = f.upload(d.id(), doc, 5000);
        AnswerRecorder recorder = new AnswerRecorder(new Backoff(new java.util.Random(1)), f.clock,
                new ChangeApplier(new vn.motcua.dossier.PortalDossiers(f.context.audit(), f.clock), SyncFixture.CLIENT));
        f.context.database().sessionFactory().inTransaction(s -> recorder.record(s, e.id(), State.PENDING,
                new vn.motcua.sync.portal.PortalAnswer.Refused(422, "attachment_missing", "upload first",
                        java.util.Map.of(doc.toString(), "missing"), null, f.clock.instant())));
        assertThat(f.entry(e.id()).state()).isEqualTo(State.PENDING);
        assertThat(f.entry(e.id()).errorCode()).isEqualTo("attachment_missing");
        f.pushAll(sender, 5);
        assertLandedWithTheSameHash(e);
    }
}
