package vn.motcua.cli;

import picocli.CommandLine.Command;

/** {@code backup create|verify|list|restore|schedule}: the office's encrypted backups. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Encrypted backups of the database and the documents: make, check, list, restore, schedule.",
        subcommands = {BackupCreateCommand.class, BackupVerifyCommand.class, BackupListCommand.class, BackupRestoreCommand.class,
                BackupScheduleCommand.class})
final class BackupCommand {
    private BackupCommand() {
    }
}
