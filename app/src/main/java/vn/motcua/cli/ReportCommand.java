package vn.motcua.cli;

import picocli.CommandLine.Command;

/** {@code report ontime | periodic}: the chair's figures and the official periodic report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports: on-time figures for any period, the official periodic report (PDF, XLSX, CSV).",
        subcommands = {ReportOnTimeCommand.class, ReportPeriodicCommand.class})
final class ReportCommand {
}
