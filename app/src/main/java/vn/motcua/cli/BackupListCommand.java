package vn.motcua.cli;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import vn.motcua.backup.BackupCatalog;
import vn.motcua.backup.BackupKind;
import vn.motcua.backup.BackupService;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.common.Messages;

/** {@code backup list}: the desk's backups, newest first: file, date, size, verified or not. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the backups this desk knows of, newest first.")
final class BackupListCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(WorkCalendar.ZONE);

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            List<BackupCatalog.ListedBackup> all = new BackupCatalog(session.dataDirectory(),
                    BackupService.records(session.dataDirectory())).list();
            Messages m = session.messages();
            if (session.json()) {
                session.jsonLine(Map.of("backups", all.stream().map(BackupListCommand::json).toList()));
                return Cli.OK;
            }
            if (all.isEmpty()) {
                session.human(m.get("backup.list.empty", session.dataDirectory().backups().toString()));
                return Cli.OK;
            }
            StringBuilder text = new StringBuilder();
            String row = "%-16s  %-9s  %9s  %-12s  %s%n";
            text.append(String.format(row, m.get("backup.list.date"), m.get("backup.list.kind"), "MB", m.get("backup.list.state"),
                    m.get("backup.list.file")));
            for (BackupCatalog.ListedBackup b : all) {
                String state = b.problem() != null ? m.get("backup.list.unreadable")
                        : b.verified() ? m.get("backup.list.verified") : m.get("backup.list.notVerified");
                String kind = b.kind() == null ? "-" : m.get(b.kind() == BackupKind.AUTOMATIC ? "backup.kind.automatic" : "backup.kind.manual");
                text.append(String.format(row, b.createdAt() == null ? "-" : when(b.createdAt()), kind, megabytes(b.bytes()), state, b.file()));
            }
            session.human(text.toString().stripTrailing());
            return Cli.OK;
        }
    }

    private static Map<String, Object> json(BackupCatalog.ListedBackup b) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("file", b.file().toString());
        j.put("createdAt", b.createdAt() == null ? null : b.createdAt().toString());
        j.put("kind", b.kind() == null ? null : b.kind().name().toLowerCase(Locale.ROOT));
        j.put("bytes", b.bytes());
        j.put("verified", b.verified());
        j.put("verifiedAt", b.verifiedAt() == null ? null : b.verifiedAt().toString());
        j.put("problem", b.problem());
        return j;
    }

    static String when(Instant at) {
        return WHEN.format(at);
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
