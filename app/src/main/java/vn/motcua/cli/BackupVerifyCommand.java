package vn.motcua.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.backup.BackupService;
import vn.motcua.backup.BackupVerifier;

/** {@code backup verify FILE --passphrase-stdin}: reads the whole file back and checks every part; exit 1 says what is wrong. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Decrypt a backup and check every part against its manifest (nothing is written).")
final class BackupVerifyCommand implements Callable<Integer> {
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
            BackupVerifier.VerifiedBackup v = new BackupVerifier(BackupService.records(session.dataDirectory()), Clock.systemUTC())
                    .verify(file, phrase, BackupPassphrase.progress(session));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", v.file().toString());
            json.put("ok", true);
            json.put("createdAt", v.createdAt().toString());
            json.put("kind", v.kind().name().toLowerCase(java.util.Locale.ROOT));
            json.put("documents", v.documents());
            json.put("contentBytes", v.contentBytes());
            json.put("schema", v.schema());
            session.print(json, session.messages().get("backup.verified", v.file().toString(), BackupListCommand.when(v.createdAt()),
                    String.valueOf(v.documents())));
            return Cli.OK;
        }
    }
}
