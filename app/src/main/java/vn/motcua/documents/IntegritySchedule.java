package vn.motcua.documents;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;
import vn.motcua.security.Actor;

/**
 * Runs the {@link IntegrityCheck} when it is due, while the desktop is open: looks at start and
 * then every {@link #PERIOD}, on one daemon worker thread (never the screen's thread; a run
 * re-reads every stored file). Commune PCs are switched off at night, so a fixed weekly time
 * would rarely be hit: checking "is a run due?" often and cheaply is what makes it weekly.
 */
public final class IntegritySchedule implements AutoCloseable {
    /** How often the schedule looks whether a run is due. */
    public static final Duration PERIOD = Duration.ofHours(6);

    /** Told about a run that found missing or altered files (called on the worker thread). */
    @FunctionalInterface
    public interface Listener {
        void problemsFound(VerifyReport report);
    }

    private final IntegrityCheck check;
    private final Clock clock;
    private final Duration period;
    private final Listener listener;
    private ScheduledExecutorService executor;
    private volatile boolean stopped;

    public IntegritySchedule(IntegrityCheck check, Clock clock, Duration period, Listener listener) {
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive: " + period);
        }
        this.check = check;
        this.clock = clock;
        this.period = period;
        this.listener = listener;
    }

    /** The production schedule: every six hours, on the system clock. */
    public static IntegritySchedule every6Hours(IntegrityCheck check, Listener listener) {
        return new IntegritySchedule(check, Clock.systemUTC(), PERIOD, listener);
    }

    /** Starts looking (now, then every period); a second call does nothing. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        stopped = false;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "motcua-integrity-check");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            return t;
        });
        executor.scheduleWithFixedDelay(this::tickSafely, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Stops the schedule without waiting. A run in progress is not interrupted (an interrupted
     * read would look like a missing file); it finishes, or fails quietly once the database is
     * closed, and reports nothing after this call.
     */
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            executor = null;
        }
        stopped = true;
    }

    @Override
    public void close() {
        stop();
    }

    /** One look: runs the check if due, tells the listener about problems; empty when nothing ran. */
    Optional<VerifyReport> tick() {
        if (!check.due(clock.instant())) {
            return Optional.empty();
        }
        VerifyReport report = check.runNow(Actor.SYSTEM, IntegrityCheck.SCHEDULE);
        if (!report.intact() && !stopped) {
            listener.problemsFound(report);
        }
        return Optional.of(report);
    }

    private void tickSafely() {
        try {
            tick();
        } catch (RuntimeException e) {
            // A closed database at shutdown or a full disk: the next look tries again.
            LoggerFactory.getLogger(IntegritySchedule.class).warn("integrity check failed: {}", e.toString());
        }
    }
}
