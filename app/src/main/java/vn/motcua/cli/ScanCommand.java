package vn.motcua.cli;

import picocli.CommandLine.Command;

/** {@code scan …}: turning paper into stored PDFs. */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "Scanned papers.",
        subcommands = {ScanSplitCommand.class})
final class ScanCommand {
}
