package vn.motcua.sync.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.motcua.sync.portal.PortalAnswer;
import vn.motcua.sync.portal.PortalAnswer.Accepted;
import vn.motcua.sync.portal.PortalAnswer.NoAnswer;
import vn.motcua.sync.sandbox.PortalHarness;

/**
 * Fault 26 (and 12, 27): a 5 MB scan over a throttled link whose connections die every 1.5 MB
 * completes across several sessions, each resuming from the portal's HEAD offset, never from
 * zero; the chunk timeout grows with the chunk, where a fixed one fails.
 */
class SlowLinkUploadTest {
    static final int RATE = 1024 * 1024;
    static final int CHUNK = 1024 * 1024;
    @TempDir
    Path dir;
    PortalHarness portal;
    FaultProxy proxy;

    @BeforeEach
    void start() throws Exception {
        portal = PortalHarness.start(dir);
        proxy = FaultProxy.start(portal.server().port());
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        portal.close();
    }

    @Test
    void aFiveMegabyteScanCompletesAcrossSessionsOverAThrottledCutLink() throws Exception {
        byte[] scan = new byte[5 * 1024 * 1024];
        new Random(7).nextBytes(scan);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(scan));
        // base 1 s + the body at 256 KB/s: a 1 MB chunk may take 5 s; at 1 MB/s it needs about 1 s
        HttpPortalAdapter desk = new HttpPortalAdapter(proxy.url(), PortalHarness.CLIENT, PortalHarness.SECRET, portal.clock,
                new HttpPortalAdapter.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), 256 * 1024));
        UUID att = UUID.randomUUID();
        assertThat(desk.openUpload(att, UUID.randomUUID(), sha, scan.length, "application/pdf")).isInstanceOf(Accepted.class);
        proxy.throttle(RATE);
        proxy.cutEvery(1536 * 1024);
        int before = proxy.connections();

        List<Long> resumedAt = new ArrayList<>();
        long offset = 0;
        int attempts = 0;
        while (offset < scan.length) {
            assertThat(++attempts).as("stuck at %d", offset).isLessThan(40);
            int len = (int) Math.min(CHUNK, scan.length - offset);
            PortalAnswer a = desk.sendChunk(att, offset, Arrays.copyOfRange(scan, (int) offset, (int) offset + len), len);
            if (a instanceof Accepted ok) {
                offset = ok.body().get("offset").asLong();
                continue;
            }
            assertThat(a).isInstanceOf(NoAnswer.class);
            PortalAnswer head;
            do {
                head = desk.uploadOffset(att);
            } while (head instanceof NoAnswer);
            long server = ((Accepted) head).body().get("offset").asLong();
            assertThat(server).as("never back to zero").isGreaterThanOrEqualTo(offset);
            resumedAt.add(server);
            offset = server;
        }
        proxy.pass();
        Accepted done = (Accepted) desk.finishUpload(att);
        assertThat(done.body().get("sha256").asText()).isEqualTo(sha);
        assertThat(resumedAt).as("several sessions").hasSizeGreaterThanOrEqualTo(2).allMatch(o -> o > 0);
        assertThat(proxy.connections() - before).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aFixedShortTimeoutCannotCarryAChunkOverTheSameLink() throws Exception {
        byte[] chunk = new byte[CHUNK];
        new Random(8).nextBytes(chunk);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(chunk));
        HttpPortalAdapter fixed = new HttpPortalAdapter(proxy.url(), PortalHarness.CLIENT, PortalHarness.SECRET, portal.clock,
                new HttpPortalAdapter.Timeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Long.MAX_VALUE / 2000));
        UUID att = UUID.randomUUID();
        fixed.openUpload(att, UUID.randomUUID(), sha, chunk.length, "application/pdf");
        proxy.throttle(RATE);
        PortalAnswer a = fixed.sendChunk(att, 0, chunk, chunk.length);
        assertThat(a).isInstanceOf(NoAnswer.class);
        assertThat(((NoAnswer) a).reason()).contains("timeout");
        assertThat(Duration.ofSeconds(1).plusMillis(CHUNK * 1000L / (256 * 1024)))
                .isEqualTo(new HttpPortalAdapter.Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(1), 256 * 1024).forBody(CHUNK));
    }
}
