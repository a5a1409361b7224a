package vn.motcua.sync.sim;

import java.util.Random;

/**
 * The seeded plan of what goes wrong: each call draws its fault from its own random stream, so
 * a seed replays the same run. {@link #quiet()} stops the faults for the final drain.
 */
public final class FaultPlan {
    private final Random random;
    private final double rate;
    private boolean quiet;
    private int outage;
    int injected;
    private final java.util.Map<String, java.util.Deque<Fault>> script = new java.util.HashMap<>();

    FaultPlan(long seed, double rate) {
        this.random = new Random(seed);
        this.rate = rate;
        this.quiet = rate == 0;
    }

    public static FaultPlan none() {
        return new FaultPlan(0, 0);
    }

    /** For unit tests: the next call of kind {@code call} ("mutate", "chunk", "read", "changes", "auth") gets {@code fault}. */
    public FaultPlan then(String call, Fault fault) {
        script.computeIfAbsent(call, k -> new java.util.ArrayDeque<>()).add(fault);
        return this;
    }

    void quiet() {
        quiet = true;
        outage = 0;
    }

    /** Faults again (after a drain), if this plan has any. */
    void resume() {
        quiet = rate == 0;
    }

    boolean isQuiet() {
        return quiet;
    }

    /** The fault of one call of kind {@code call} ("mutate", "chunk", "read", "changes", "auth"). */
    Fault next(String call) {
        java.util.Deque<Fault> scripted = script.get(call);
        if (scripted != null && !scripted.isEmpty()) {
            injected++;
            return scripted.poll();
        }
        if (quiet) {
            return Fault.NONE;
        }
        if (outage > 0) {
            outage--;
            injected++;
            return Fault.REFUSED;
        }
        if (random.nextDouble() >= rate) {
            return Fault.NONE;
        }
        injected++;
        Fault[] pool = switch (call) {
            case "mutate" -> new Fault[] {Fault.REFUSED, Fault.RESET_BEFORE, Fault.LOST_AFTER, Fault.ERROR_BEFORE, Fault.ERROR_AFTER,
                Fault.MALFORMED, Fault.DUPLICATED, Fault.TOKEN_EXPIRED, Fault.RATE_LIMITED, Fault.OUTAGE, Fault.CRASH_AFTER};
            case "chunk" -> new Fault[] {Fault.REFUSED, Fault.LOST_AFTER, Fault.CORRUPT_CHUNK, Fault.ERROR_BEFORE, Fault.CRASH_AFTER,
                Fault.TOKEN_EXPIRED};
            case "changes" -> new Fault[] {Fault.REFUSED, Fault.LOST_AFTER, Fault.MALFORMED, Fault.OVERLAP, Fault.CRASH_AFTER,
                Fault.TOKEN_EXPIRED, Fault.RATE_LIMITED};
            case "auth" -> new Fault[] {Fault.REFUSED, Fault.LOST_AFTER};
            default -> new Fault[] {Fault.REFUSED, Fault.LOST_AFTER, Fault.ERROR_BEFORE, Fault.TOKEN_EXPIRED};
        };
        Fault f = pool[random.nextInt(pool.length)];
        if (f == Fault.OUTAGE) {
            outage = 1 + random.nextInt(6);
            return Fault.REFUSED;
        }
        return f;
    }

    int retryAfterSeconds() {
        return 1 + random.nextInt(30);
    }
}
