package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.backup.BackupKind;
import vn.motcua.backup.BackupService;
import vn.motcua.backup.BackupSettings;

/**
 * {@code backup create [--out FILE] --passphrase-stdin [--automatic]}: one encrypted file holding
 * the database and the documents. {@code --automatic} is for an OS scheduler (cron, Task
 * Scheduler): such backups are pruned to the newest N of {@code backup schedule}.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Back up the database and the documents into one encrypted file (default: backups/motcua-YYYYMMDD-HHmmss.mcbak).")
final class BackupCreateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BackupPassphrase passphrase;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the backup (e.g. on a USB disk).")
    Path out;

    @Option(names = "--automatic", description = "Count it as a scheduled backup: only the newest N of those are kept.")
    boolean automatic;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            // an OS scheduler's --automatic run uses the passphrase kept for the daily backup, if any
            char[] phrase = automatic && !passphrase.fromStdin
                    ? BackupScheduleCommand.kept(session).read().orElseGet(passphrase::read) : passphrase.read();
            BackupSettings settings = BackupSettings.load(BackupScheduleCommand.settingsFile(session));
            BackupService.CreatedBackup b = session.context().backups().create(UserCommand.LOCAL_ADMIN, phrase, out,
                    automatic ? BackupKind.AUTOMATIC : BackupKind.MANUAL, settings.keep(), BackupPassphrase.progress(session));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", b.file().toString());
            json.put("createdAt", b.createdAt().toString());
            json.put("kind", b.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.put("bytes", b.bytes());
            json.put("documents", b.documents());
            json.put("contentBytes", b.contentBytes());
            session.print(json, session.messages().get("backup.created", b.file().toString(), BackupListCommand.megabytes(b.bytes()),
                    String.valueOf(b.documents())));
            return Cli.OK;
        }
    }
}
