package vn.motcua.logging;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs each start-up step with the milliseconds since the JVM started, to keep start-up honest. */
public final class StartupMilestones {
    private static final Logger LOG = LoggerFactory.getLogger(StartupMilestones.class);
    private static final Instant JVM_START = ProcessHandle.current().info().startInstant().orElse(Instant.now());

    private StartupMilestones() {
    }

    public static long sinceJvmStartMillis() {
        return Duration.between(JVM_START, Instant.now()).toMillis();
    }

    public static void reached(String milestone) {
        LOG.info("startup: {} at +{} ms", milestone, sinceJvmStartMillis());
    }
}
