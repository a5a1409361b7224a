package vn.motcua.cli;

import java.nio.file.Path;

/** The options every command accepts: where the data is, JSON output, verbosity. */
record GlobalOptions(Path dataDir, boolean json, boolean verbose) {
}
