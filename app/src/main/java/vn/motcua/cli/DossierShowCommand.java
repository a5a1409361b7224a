package vn.motcua.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.motcua.calendar.WorkCalendar;
import vn.motcua.dossier.DossierStory;

/** {@code dossier show CODE [--json]}: the dossier's whole story — events, hand-overs, rounds, ledger with its explanations, documents, sync. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show one dossier: status, due date, events, hand-overs, supplements, extensions, the deadline ledger "
                + "with its explanation, documents, sync state and history.")
final class DossierShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Parameters(index = "0", paramLabel = "CODE")
    String code;
    @picocli.CommandLine.Option(names = "--by", paramLabel = "USER",
            description = "The staff member viewing (audited); default the local administrator.")
    String by;

    @Override
    public Integer call() {
        try (CliSession session = CliSession.start(spec)) {
            DossierStory story = session.context().dossierQuery().open(DossierActing.actor(session, by), code);
            var documents = session.context().documents().linked(story.dossier().code());
            Map<String, Object> json = DossierStoryJson.of(story, documents);
            json.put("signatures", session.context().dossierQuery().signatures(story.dossier().id()).stream().map(g -> {
                Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("what", g.what());
                m.put("signerName", g.signerName());
                m.put("signedAt", g.signedAt().toString());
                m.put("sha256", g.documentSha256());
                return m;
            }).toList());
            var m = session.messages();
            StringBuilder human = new StringBuilder();
            var d = story.dossier();
            human.append(d.code()).append("  ").append(d.applicant().fullName()).append("  ").append(d.procedureName()).append('\n');
            human.append(m.get(d.status().messageKey())).append("; ")
                    .append(d.dueAt() == null ? m.get("dossier.noDue") : CalendarText.local(d.dueAt())).append('\n');
            story.events().forEach(e -> human.append("  ").append(CalendarText.minutes(WorkCalendar.toLocal(e.at()))).append("  ")
                    .append(e.from() == null ? "" : m.get(e.from().messageKey()) + " → ").append(m.get(e.to().messageKey()))
                    .append(e.toUserName() == null ? "" : " (" + e.toUserName() + ")")
                    .append(e.note() == null ? "" : ": " + e.note()).append('\n'));
            story.ledger().ifPresent(l -> l.explanations().forEach(x -> human.append("  • ").append(x).append('\n')));
            List<Object> docs = new ArrayList<>(documents);
            human.append(m.get("dossier.show.documents", docs.size())).append('\n');
            human.append(m.get("dossier.show.sync", m.get(story.syncState().messageKey())));
            session.print(json, human.toString());
            return Cli.OK;
        }
    }

}
