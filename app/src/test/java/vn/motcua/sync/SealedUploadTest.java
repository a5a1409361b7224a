package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.Dossier;
import vn.motcua.encryption.OfficeKey;
import vn.motcua.encryption.SealedFile;
import vn.motcua.sync.OutboxEntry.State;
import vn.motcua.sync.sim.Fault;
import vn.motcua.sync.sim.FaultPlan;
import vn.motcua.sync.sim.SimUploads;

/** With a sealed document store the portal still receives the plain scan, resumed uploads included. */
class SealedUploadTest {
    /** Three seal chunks (64 KiB) and many upload chunks (4 KiB): an upload offset falls inside a seal chunk. */
    private static final int SIZE = 3 * SealedFile.CHUNK - 5000;
    @TempDir
    java.nio.file.Path tmp;
    SyncFixture f;
    Sender sender;
    Dossier d;
    final UUID doc = UUID.randomUUID();

    @BeforeEach
    void open() {
        f = new SyncFixture(tmp, OfficeKey.generate().subkey("documents"));
        sender = f.sender();
        d = f.receive();
        f.pushAll(sender, 3);
        f.portal.authenticate();
    }

    @AfterEach
    void close() {
        f.close();
    }

    private byte[] plain() {
        byte[] bytes = new byte[SIZE];
        new Random(SIZE).nextBytes(bytes); // as SyncFixture.upload writes it
        return bytes;
    }

    private void assertThePortalHasThePlainScan(OutboxEntry e) throws Exception {
        String sha = Json.object(e.payload()).path("sha256").asText();
        assertThat(SealedFile.isSealed(f.store.pathOf(sha))).as("the scan is sealed on disk").isTrue();
        assertThat(Files.size(f.store.pathOf(sha))).isGreaterThan(SIZE);
        assertThat(f.entry(e.id()).state()).isEqualTo(State.DONE);
        assertThat(f.portal.uploads.attachments.get(doc)).isEqualTo(plain());
        assertThat(SimUploads.sha256(f.portal.uploads.attachments.get(doc))).isEqualTo(sha);
    }

    @Test
    void aSealedScanIsUploadedPlain() throws Exception {
        OutboxEntry e = f.upload(d.id(), doc, SIZE);
        f.pushAll(sender, 5);
        assertThePortalHasThePlainScan(e);
        assertThat(f.portal.chunkBytesReceived).isEqualTo(SIZE);
    }

    @Test
    void aDeskKilledMidUploadResumesInsideASealChunk() throws Exception {
        OutboxEntry e = f.upload(d.id(), doc, SIZE);
        FaultPlan plan = FaultPlan.none();
        for (int i = 0; i < 20; i++) {
            plan.then("chunk", Fault.NONE);
        }
        plan.then("chunk", Fault.CRASH_AFTER);
        f.portal.faults = plan;
        try {
            sender.push();
        } catch (RuntimeException crash) {
            assertThat(crash).hasMessageContaining("simulated crash");
        }
        assertThat(f.portal.chunkBytesReceived).isEqualTo(21 * 4096L); // 84 KiB: inside the second seal chunk
        f.runner("restarted").runOnce();
        assertThePortalHasThePlainScan(e);
        assertThat(f.portal.chunkBytesReceived).isEqualTo(SIZE);
    }

    @Test
    void aLostAnswerAndACorruptedChunkAreResentFromTheSealedScan() throws Exception {
        OutboxEntry e = f.upload(d.id(), doc, SIZE);
        f.portal.faults = FaultPlan.none().then("chunk", Fault.NONE).then("chunk", Fault.LOST_AFTER).then("chunk", Fault.CORRUPT_CHUNK);
        sender.push();
        f.pushAll(sender, 5);
        assertThePortalHasThePlainScan(e);
    }
}
