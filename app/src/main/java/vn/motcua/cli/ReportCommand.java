package vn.motcua.cli;

import picocli.CommandLine.Command;

/** {@code report ontime | periodic | index766}: the chair's figures, the official periodic report and the Decision 766 index. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports: on-time figures for any period, the official periodic report (PDF, XLSX, CSV), the Decision 766 index.",
        subcommands = {ReportOnTimeCommand.class, ReportPeriodicCommand.class, ReportIndex766Command.class})
final class ReportCommand {
    private ReportCommand() {
    }
}
