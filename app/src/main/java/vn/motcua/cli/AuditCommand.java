package vn.motcua.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.security.AuditActions;
import vn.motcua.security.AuditFilter;
import vn.motcua.security.AuditLine;
import vn.motcua.security.AuditPage;

/**
 * {@code audit list [filters] [--limit N] [--json]} and {@code audit export --out FILE.csv
 * [filters]}: the audit trail for the chair and the administrator (the service refuses others).
 */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "The audit trail: who viewed, printed, exported or changed what.",
        subcommands = {AuditCommand.ListEntries.class, AuditCommand.Export.class})
final class AuditCommand {
    /** The filters both subcommands take, and who is asking. */
    static final class Filters {
        @Option(names = "--from", paramLabel = "DATE", description = "First day (yyyy-MM-dd, Vietnam time).")
        String from;
        @Option(names = "--to", paramLabel = "DATE", description = "Last day, included.")
        String to;
        @Option(names = "--user", paramLabel = "USER", description = "Only this user name.")
        String user;
        @Option(names = "--action", paramLabel = "ACTION", description = "Only this action, e.g. DOSSIER_VIEW.")
        String action;
        @Option(names = "--subject", paramLabel = "CODE|UUID", description = "Only entries about this dossier code or subject id.")
        String subject;
        @Option(names = "--by", paramLabel = "USER", description = "The chair or administrator asking; default the local administrator.")
        String by;

        AuditFilter filter() {
            return new AuditFilter(from == null ? null : CalendarText.parseDate(from), to == null ? null : CalendarText.parseDate(to),
                    user, action, subject);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List audit entries, newest first.")
    static final class ListEntries implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Filters filters;
        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N entries (default ${DEFAULT-VALUE}).")
        int limit;
        @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the N newest first.")
        int offset;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                AuditPage page = session.context().auditQuery().page(DossierActing.actor(session, filters.by), filters.filter(),
                        offset, limit);
                var m = session.messages();
                List<Map<String, Object>> rows = new ArrayList<>();
                StringBuilder human = new StringBuilder();
                for (AuditLine l : page.lines()) {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("seq", l.seq());
                    j.put("at", l.at().toString());
                    j.put("user", l.user());
                    j.put("action", l.action());
                    j.put("subjectType", l.subjectType());
                    j.put("subjectId", l.subjectId());
                    j.put("subject", l.subjectLabel());
                    j.put("detail", l.detail());
                    rows.add(j);
                    String key = AuditActions.messageKey(l.action());
                    human.append(CalendarText.local(l.at())).append("  ").append(l.user() == null ? "—" : l.user()).append("  ")
                            .append(key == null ? l.action() : m.get(key)).append("  ")
                            .append(l.subjectLabel() == null ? "" : l.subjectLabel())
                            .append(l.detail() == null ? "" : "  " + l.detail()).append('\n');
                }
                human.append(m.get("audit.list.total", page.lines().size(), page.total()));
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("total", page.total());
                json.put("offset", page.offset());
                json.put("entries", rows);
                session.print(json, human.toString());
                return Cli.OK;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the entries matching the filters to a CSV file (UTF-8); the export is itself audited.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Filters filters;
        @Option(names = "--out", required = true, paramLabel = "FILE.csv", description = "Where to write the CSV.")
        Path out;

        @Override
        public Integer call() {
            try (CliSession session = CliSession.start(spec)) {
                long written = session.context().auditQuery().export(DossierActing.actor(session, filters.by), filters.filter(), out);
                String file = out.toAbsolutePath().toString();
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("file", file);
                json.put("entries", written);
                session.print(json, session.messages().get("audit.exported", written, file));
                return Cli.OK;
            }
        }
    }
}
