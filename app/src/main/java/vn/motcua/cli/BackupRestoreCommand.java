package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.backup.BackupRestore;

/**
 * {@code backup restore FILE --passphrase-stdin}: unpacks a backup into the (empty) data directory
 * given by {@code --data-dir}, then opens the office there once to audit {@code BACKUP_RESTORE}.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restore a backup into an EMPTY data directory (--data-dir); an office is never overwritten.")
final class BackupRestoreCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BackupPassphrase passphrase;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (.mcbak).")
    Path file;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            char[] phrase = passphrase.read();
            BackupRestore.RestoredBackup r = BackupRestore.restore(file, phrase, session.dataDirectory(), BackupPassphrase.progress(session));
            session.context().backups().recordRestore(UserCommand.LOCAL_ADMIN, r.file());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", r.file().toString());
            json.put("dataDirectory", session.dataDirectory().root().toString());
            json.put("createdAt", r.createdAt().toString());
            json.put("documents", r.documents());
            json.put("contentBytes", r.contentBytes());
            json.put("schema", r.schema());
            session.print(json, session.messages().get("backup.restored", r.file().toString(), session.dataDirectory().root().toString(),
                    BackupListCommand.when(r.createdAt()), String.valueOf(r.documents())));
            return Cli.OK;
        }
    }
}
