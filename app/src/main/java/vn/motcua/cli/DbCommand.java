package vn.motcua.cli;

import picocli.CommandLine.Command;

/** {@code db configure}: which database this desk works on (the H2 file, or the office's PostgreSQL server). */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "The office database: point this desk at the office's PostgreSQL server.",
        subcommands = {DbConfigureCommand.class, DbMigrateToCommand.class})
final class DbCommand {
    private DbCommand() {
    }
}
