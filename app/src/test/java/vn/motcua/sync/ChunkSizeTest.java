package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.dossier.Dossier;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.sandbox.PortalHarness;

/**
 * Upload chunks follow the line: they grow to what it carries in about two seconds, never below
 * the first size nor above the ceiling; the last chunk asks the portal to finish the upload, so
 * a scan on a fast line costs one open and one request; a portal that does not finish that way
 * gets its finish call.
 */
class ChunkSizeTest {
    private static final int K64 = 64 * 1024;
    private static final long SECOND = 1_000_000_000L;
    @TempDir
    Path dir;

    @Test
    void theNextChunkIsTwoSecondsOfTheLastOnesPaceBetweenFloorAndCeiling() {
        int floor = 1024 * 1024;
        int ceiling = 8 * 1024 * 1024;
        assertThat(AttachmentUpload.nextChunk(floor, ceiling, floor, SECOND / 100)).as("200 MB/s").isEqualTo(ceiling);
        assertThat(AttachmentUpload.nextChunk(floor, ceiling, floor, SECOND)).as("1 MiB/s").isEqualTo(2 * floor);
        assertThat(AttachmentUpload.nextChunk(floor, ceiling, floor, 20 * SECOND)).as("a slow line keeps the floor").isEqualTo(floor);
        assertThat(AttachmentUpload.nextChunk(floor, floor, floor, 1)).as("a fixed size stays fixed").isEqualTo(floor);
    }

    @Test
    void overTheSandboxTheLastChunkFinishesTheUploadAndChunksStayWithinBounds() throws Exception {
        try (SyncFixture f = new SyncFixture(dir.resolve("desk"));
             PortalHarness portal = PortalHarness.start(dir.resolve("portal"))) {
            CountingPortal counting = new CountingPortal(portal.adapter());
            AttachmentUpload growing = new AttachmentUpload(counting, f.store, K64, 8 * 1024 * 1024, e -> { });
            Dossier d = f.receive();
            int size = 3 * 1024 * 1024 + 77;
            for (int i = 0; i < 2; i++) {
                OutboxEntry e = f.upload(d.id(), UUID.randomUUID(), size + i);
                EntryRequest link = EntryRequest.of(e, null);
                assertThat(growing.upload(link)).isNull();
                Accepted held = (Accepted) portal.adapter().uploadOffset(link.attachment().uuid());
                assertThat(held.body().get("complete").asBoolean()).isTrue();
                assertThat(growing.upload(link)).as("held complete: nothing sent again").isNull();
            }
            assertThat(counting.finishes.get()).as("each last chunk finished its upload").isZero();
            assertThat(counting.lastChunks.get()).isEqualTo(2);
            assertThat(counting.chunks.get(0)).isEqualTo(K64);
            assertThat(counting.chunks.size()).as("grown on loopback (a fixed 64 KiB takes %d a scan)", size / K64 + 1)
                    .isLessThan(size / K64);
            assertThat(counting.chunks).allMatch(n -> n >= 0 && n <= 8 * 1024 * 1024);
            assertThat(counting.chunks.stream().mapToLong(Integer::longValue).sum()).isEqualTo(2L * size + 1);

            // a fixed size sends exactly size / chunk chunks; through a portal adapter without the
            // finishing chunk (the interface's default) the desk finishes with its own call
            CountingPortal plain = new CountingPortal(portal.adapter());
            plain.withoutFinishingChunk = true;
            AttachmentUpload fixed = new AttachmentUpload(plain, f.store, K64, K64, e -> { });
            EntryRequest link = EntryRequest.of(f.upload(d.id(), UUID.randomUUID(), size + 2), null);
            assertThat(fixed.upload(link)).isNull();
            assertThat(plain.chunks).hasSize(size / K64 + 1).allMatch(n -> n <= K64);
            assertThat(plain.finishes.get()).isEqualTo(1);
            assertThat(((Accepted) portal.adapter().uploadOffset(link.attachment().uuid())).body().get("complete").asBoolean()).isTrue();
        }
    }
}
