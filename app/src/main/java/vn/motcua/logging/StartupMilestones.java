package vn.motcua.logging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Records each start-up step with the milliseconds since the JVM started. Logging itself is
 * held back until {@link #startLogging()}: starting Logback costs hundreds of milliseconds of
 * class loading, which the desktop spends after its first frame, not before.
 */
public final class StartupMilestones {
    private static final Instant JVM_START = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private static final List<String> PENDING = new ArrayList<>();
    private static boolean logging;

    private StartupMilestones() {
    }

    public static long sinceJvmStartMillis() {
        return Duration.between(JVM_START, Instant.now()).toMillis();
    }

    public static void reached(String milestone) {
        String line = "startup: " + milestone + " at +" + sinceJvmStartMillis() + " ms";
        synchronized (PENDING) {
            if (!logging) {
                PENDING.add(line);
                return;
            }
        }
        LoggerFactory.getLogger(StartupMilestones.class).info(line);
    }

    /** Starts logging (call off the FX thread) and writes the milestones recorded so far. */
    public static void startLogging() {
        List<String> held;
        synchronized (PENDING) {
            logging = true;
            held = new ArrayList<>(PENDING);
            PENDING.clear();
        }
        held.forEach(LoggerFactory.getLogger(StartupMilestones.class)::info);
    }
}
