package vn.motcua.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.motcua.dossier.DossierFilter;
import vn.motcua.dossier.DossierPage;
import vn.motcua.dossier.DossierRow;
import vn.motcua.dossier.DossierStatus;

/** {@code dossier list [--due-within N] [--overdue] [--status N] [--search TEXT]}: the list's questions on the command line. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List dossiers, most urgent first: due within N working days, overdue, by status, or by a folded search "
                + "(name without marks, code, ID number).")
final class DossierListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--due-within", paramLabel = "N", description = "Open dossiers due from today through the N-th working day after today.")
    Integer dueWithin;
    @Option(names = "--overdue", description = "Open dossiers whose due day has passed.")
    boolean overdue;
    @Option(names = "--waiting", description = "Dossiers waiting for the citizen's supplement.")
    boolean waiting;
    @Option(names = "--status", paramLabel = "N", description = "Only this national status code (1-10).")
    Integer status;
    @Option(names = "--search", paramLabel = "TEXT", description = "Applicant name (marks optional), code fragment or ID number.")
    String search;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N rows (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--offset", paramLabel = "N", defaultValue = "0")
    int offset;
    @Option(names = "--by", paramLabel = "USER",
            description = "The staff member taking the list out as --json (audited); default the local administrator.")
    String by;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            if (limit < 1 || offset < 0) {
                throw new vn.motcua.common.UserFacingException("dossier.list.badPage");
            }
            DossierFilter.Tab tab = overdue ? DossierFilter.Tab.OVERDUE : waiting ? DossierFilter.Tab.WAITING : DossierFilter.Tab.ALL;
            DossierStatus only = null;
            if (status != null) {
                try {
                    only = DossierStatus.of(status);
                } catch (IllegalArgumentException e) {
                    throw new vn.motcua.common.UserFacingException("dossier.badStatus", String.valueOf(status));
                }
            }
            DossierFilter filter = DossierFilter.tab(tab).withSearch(search).withStatus(only);
            var query = session.context().dossierQuery();
            // --json takes the applicants' names out of the desk as data: audited as an export
            DossierPage page = session.json() ? query.export(DossierActing.actor(session, by), filter, dueWithin, offset, limit)
                    : dueWithin != null ? query.dueWithin(dueWithin, filter, offset, limit) : query.page(filter, offset, limit);
            var m = session.messages();
            List<Map<String, Object>> rows = new ArrayList<>();
            StringBuilder human = new StringBuilder();
            for (DossierRow r : page.rows()) {
                Map<String, Object> j = new LinkedHashMap<>();
                j.put("code", r.code());
                j.put("applicant", r.applicantName());
                j.put("procedure", r.procedureName());
                j.put("receivedAt", r.receivedAt().toString());
                j.put("dueAt", r.dueAt() == null ? null : r.dueAt().toString());
                j.put("status", r.status().code());
                j.put("deadline", r.deadline().name());
                j.put("remainingMinutes", r.remaining() == null ? null : r.remaining().toMinutes());
                j.put("syncState", r.sync().name());
                j.put("handler", r.handlerName());
                rows.add(j);
                human.append(String.format("%-28s %-26s %-16s %-22s %s%n", r.code(), r.applicantName(),
                        r.dueAt() == null ? "—" : CalendarText.local(r.dueAt()), m.get(r.deadline().messageKey()), m.get(r.status().messageKey())));
            }
            human.append(m.get("dossier.list.total", page.rows().size(), page.total()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("total", page.total());
            json.put("offset", page.offset());
            json.put("dossiers", rows);
            session.print(json, human.toString());
            return Cli.OK;
        }
    }
}
