package vn.motcua.cli;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The arguments of a plain desktop start ({@code [--data-dir DIR] [--verbose]}, nothing else),
 * recognised without picocli: building its command model costs about half a second of class
 * loading, and a clerk double-clicking the desk should not pay for the command line.
 */
public record DesktopRequest(Path dataDir, boolean verbose) {
    /** The request when {@code args} only open the desktop; empty when picocli must decide. */
    public static Optional<DesktopRequest> of(String... args) {
        Path dataDir = null;
        boolean verbose = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--verbose") && !verbose) {
                verbose = true;
            } else if (a.equals("--data-dir") && dataDir == null && i + 1 < args.length && !args[i + 1].startsWith("-")) {
                dataDir = Path.of(args[++i]);
            } else if (a.startsWith("--data-dir=") && dataDir == null && a.length() > "--data-dir=".length()) {
                dataDir = Path.of(a.substring("--data-dir=".length()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new DesktopRequest(dataDir, verbose));
    }
}
