package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exponential backoff with full jitter (design/sync.md): bounds, cap, and the Retry-After floor (fault 25). */
class BackoffTest {
    @Test
    void theWaitIsDrawnBetweenZeroAndTheDoublingCeiling() {
        Backoff b = new Backoff(new Random(42));
        for (int attempt = 1; attempt <= 12; attempt++) {
            Duration ceiling = b.ceiling(attempt);
            assertThat(ceiling).isEqualTo(Duration.ofSeconds(2L << (attempt - 1)).compareTo(Backoff.CAP) > 0 ? Backoff.CAP
                    : Duration.ofSeconds(2L << (attempt - 1)));
            long max = 0;
            long min = Long.MAX_VALUE;
            for (int i = 0; i < 2000; i++) {
                long d = b.delay(attempt, null).toMillis();
                assertThat(d).isBetween(0L, ceiling.toMillis());
                max = Math.max(max, d);
                min = Math.min(min, d);
            }
            // full jitter: the draws spread over the whole range, not only near the ceiling
            assertThat(min).isLessThan(ceiling.toMillis() / 10 + 1);
            assertThat(max).isGreaterThan(ceiling.toMillis() * 9 / 10);
        }
    }

    @Test
    void theCeilingStopsAtFifteenMinutesHoweverManyAttempts() {
        Backoff b = new Backoff(new Random(1));
        assertThat(b.ceiling(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(b.ceiling(1_000)).isEqualTo(Duration.ofMinutes(15));
        for (int i = 0; i < 1000; i++) {
            assertThat(b.delay(500, null)).isLessThanOrEqualTo(Duration.ofMinutes(15));
        }
    }

    @Test
    void retryAfterIsAFloorNeverShortenedByTheJitter() {
        Backoff b = new Backoff(new Random(3));
        for (int i = 0; i < 1000; i++) {
            assertThat(b.delay(1, Duration.ofSeconds(30))).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
        }
        // a long jittered wait is kept when it is longer than the portal's floor
        boolean longer = false;
        for (int i = 0; i < 1000 && !longer; i++) {
            longer = b.delay(12, Duration.ofSeconds(1)).compareTo(Duration.ofSeconds(1)) > 0;
        }
        assertThat(longer).isTrue();
    }
}
