package vn.motcua.cli;

import picocli.CommandLine.Command;

/** {@code report …}: the chair's figures (the on-time report and the periodic report join it at merge). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports for the chair: the Decision 766 index.",
        subcommands = {ReportIndex766Command.class})
final class ReportCommand {
    private ReportCommand() {
    }
}
