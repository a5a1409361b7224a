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

    static Path settingsFile(CliSession session) {
        return BackupSettings.fileOf(session.dataDirectory());
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
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("enabled", s.enabled());
            json.put("at", s.at().toString());
            json.put("keep", s.keep());
            session.print(json, session.messages().get(s.enabled() ? "backup.schedule.on" : "backup.schedule.off", s.at().toString(),
                    String.valueOf(s.keep())));
            return Cli.OK;
        }
    }
}
