package vn.motcua.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.backup.BackupSettings;
import vn.motcua.backup.KeptPassphrase;
import vn.motcua.common.UserFacingException;

/** {@code backup schedule [--on|--off] [--at HH:mm] [--keep N]}: shows, and with options changes, the daily backup. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Show or change the daily backup (time of day, Vietnam time; how many automatic backups to keep).")
final class BackupScheduleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true)
    Switch onOff;

    static final class Switch {
        @Option(names = "--on", description = "Back up every day while the desktop runs.")
        boolean on;

        @Option(names = "--off", description = "No daily backup.")
        boolean off;
    }

    @Option(names = "--at", paramLabel = "HH:mm", description = "Time of day (default 17:30).")
    String at;

    @Option(names = "--keep", paramLabel = "N", description = "Automatic backups kept (default 7; manual ones are never deleted).")
    Integer keep;

    @Option(names = "--passphrase-stdin", description = "Keep the daily backup's passphrase (first line of standard input),"
            + " sealed with the office key, so the daily backup runs without anyone typing it.")
    boolean passphraseFromStdin;

    static Path settingsFile(CliSession session) {
        return BackupSettings.fileOf(session.dataDirectory());
    }

    /** The kept passphrase of this office; an office not yet encrypted has no key to seal it with. */
    static KeptPassphrase kept(CliSession session) {
        return keptIfEncrypted(session).orElseThrow(() -> new UserFacingException("encryption.notEncrypted",
                vn.motcua.encryption.OfficeKeys.of(session.dataDirectory().root()).file()));
    }

    private static java.util.Optional<KeptPassphrase> keptIfEncrypted(CliSession session) {
        return vn.motcua.encryption.OfficeKeys.of(session.dataDirectory().root()).unlock()
                .map(key -> new KeptPassphrase(session.dataDirectory(), key));
    }

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            BackupSettings s = BackupSettings.load(settingsFile(session));
            if (onOff != null || at != null || keep != null) {
                s = new BackupSettings(onOff == null ? s.enabled() : onOff.on, at == null ? s.at() : BackupSettings.parseTime(at),
                        keep == null ? s.keep() : keep);
                s.save(settingsFile(session));
            }
            if (passphraseFromStdin) {
                kept(session).keep(StdinSecret.readLine(System.in));
            }
            boolean hasPassphrase = keptIfEncrypted(session).map(KeptPassphrase::isKept).orElse(false);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("enabled", s.enabled());
            json.put("at", s.at().toString());
            json.put("keep", s.keep());
            json.put("passphraseKept", hasPassphrase);
            String line = session.messages().get(s.enabled() ? "backup.schedule.on" : "backup.schedule.off", s.at().toString(),
                    String.valueOf(s.keep()));
            session.print(json, line + "\n" + session.messages().get(hasPassphrase ? "backup.schedule.passphraseKept"
                    : "backup.schedule.noPassphrase"));
            return Cli.OK;
        }
    }
}
