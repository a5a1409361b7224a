package vn.motcua.sync.sandbox;

import java.time.Clock;
import java.time.Duration;

/**
 * How a sandbox portal runs: token lifetime, how long an unfinished upload is kept after its
 * last chunk, how many changes the feed keeps (0: all), the clock (tests move it), the size of
 * the request thread pool.
 */
public record PortalOptions(Duration tokenTtl, Duration uploadTtl, int feedRetention, Clock clock, int threads) {

    public static PortalOptions defaults() {
        return new PortalOptions(Duration.ofSeconds(900), Duration.ofDays(7), 0, Clock.systemUTC(), 8);
    }

    public PortalOptions withTokenTtl(Duration ttl) {
        return new PortalOptions(ttl, uploadTtl, feedRetention, clock, threads);
    }

    public PortalOptions withUploadTtl(Duration ttl) {
        return new PortalOptions(tokenTtl, ttl, feedRetention, clock, threads);
    }

    public PortalOptions withFeedRetention(int changes) {
        return new PortalOptions(tokenTtl, uploadTtl, changes, clock, threads);
    }

    public PortalOptions withClock(Clock c) {
        return new PortalOptions(tokenTtl, uploadTtl, feedRetention, c, threads);
    }
}
