package vn.motcua.logging;

import java.nio.file.Path;

/**
 * Points Logback at the data directory's {@code logs/} before the first logger is created.
 * Called by {@code Main} first thing; anything logged earlier would go to the temp directory.
 */
public final class Logging {
    private Logging() {
    }

    /** @param consoleLevel what reaches standard error: OFF for scripts, DEBUG with --verbose */
    public static void configure(Path logDir, String consoleLevel) {
        System.setProperty("motcua.logdir", logDir.toString());
        System.setProperty("motcua.console.level", consoleLevel);
    }
}
