package vn.motcua.sync;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with full jitter (a random wait between zero and base·2^(attempt-1),
 * capped): desks that lost the line together do not all call back at the same instant. A
 * portal's Retry-After is a floor, never shortened by the jitter (fault 25).
 */
public final class Backoff {
    public static final Duration BASE = Duration.ofSeconds(2);
    public static final Duration CAP = Duration.ofMinutes(15);

    private final Duration base;
    private final Duration cap;
    private final Random random;

    public Backoff(Random random) {
        this(BASE, CAP, random);
    }

    public Backoff(Duration base, Duration cap, Random random) {
        this.base = base;
        this.cap = cap;
        this.random = random;
    }

    /** The upper bound of the wait after {@code attempts} failed attempts (1 = the first failure). */
    public Duration ceiling(int attempts) {
        int shift = Math.max(0, Math.min(attempts - 1, 30));
        long millis = base.toMillis() << shift;
        return millis <= 0 || millis > cap.toMillis() ? cap : Duration.ofMillis(millis);
    }

    /** A wait drawn uniformly from [0, ceiling], never less than {@code retryAfter} when given. */
    public Duration delay(int attempts, Duration retryAfter) {
        long bound = ceiling(attempts).toMillis();
        Duration jitter = Duration.ofMillis((long) (random.nextDouble() * (bound + 1)));
        return retryAfter != null && retryAfter.compareTo(jitter) > 0 ? retryAfter : jitter;
    }
}
