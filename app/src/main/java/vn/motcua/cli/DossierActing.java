package vn.motcua.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.motcua.dossier.Dossier;
import vn.motcua.security.Actor;

/** What the processing subcommands share: who acts, and the short answer they print after a move. */
final class DossierActing {
    private DossierActing() {
    }

    /** The named staff member, or the machine's local administrator when none is given. */
    static Actor actor(CliSession session, String user) {
        return user == null ? UserCommand.LOCAL_ADMIN : session.context().users().actingAs(user);
    }

    static int printMoved(CliSession session, Dossier d) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", d.code());
        json.put("status", d.status().code());
        json.put("dueAt", d.dueAt() == null ? null : d.dueAt().toString());
        json.put("handler", d.handlerName());
        var m = session.messages();
        session.print(json, m.get("dossier.moved", d.code(), m.get(d.status().messageKey()),
                d.dueAt() == null ? m.get("dossier.noDue") : CalendarText.local(d.dueAt())));
        return Cli.OK;
    }
}
