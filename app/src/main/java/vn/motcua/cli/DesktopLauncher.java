package vn.motcua.cli;

import java.nio.file.Path;

/** Opens the desktop window; handed to the command line by {@code Main}, which alone knows the UI. */
@FunctionalInterface
public interface DesktopLauncher {
    /** Runs the desktop until its window closes; returns the process exit code. */
    int launch(Path dataDir, boolean verbose);
}
